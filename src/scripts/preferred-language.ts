/**
 * Sends the browser on to the link, among a page's language links, in the
 * first of the reader's preferred languages that the portal has. Used by the
 * root (which otherwise lets the reader choose) and by the redirect pages
 * (which otherwise go to the first link).
 */
export function followPreferredLanguage(options: { fallbackToFirst: boolean }): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-language-links] a[hreflang]')];
  const wanted = navigator.languages.map((tag) => tag.toLowerCase().split('-')[0]);
  const target =
    wanted.map((code) => links.find((link) => link.hreflang === code)).find(Boolean) ??
    (options.fallbackToFirst ? links[0] : undefined);
  if (target) location.replace(target.href);
}
