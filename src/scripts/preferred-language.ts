/**
 * Sends the browser on to the link, among a page's language links, in the
 * first of the reader's preferred languages that the portal has. The list
 * says what a page does otherwise: a redirect page
 * (`data-language-links="redirect"`) goes to its first link; the root
 * (`data-language-links="choose"`) lets the reader choose, and always does
 * when its address asks for it with `?choose` (as the accessibility test
 * loads it).
 */
export function followPreferredLanguage(): void {
  const list = document.querySelector<HTMLElement>('[data-language-links]');
  if (!list) return;
  const redirect = list.dataset.languageLinks === 'redirect';
  if (!redirect && new URLSearchParams(location.search).has('choose')) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
  const wanted = navigator.languages.map((tag) => tag.toLowerCase().split('-')[0]);
  const target =
    wanted.map((code) => links.find((link) => link.hreflang === code)).find(Boolean) ?? (redirect ? links[0] : undefined);
  if (target) location.replace(target.href);
}
