/**
 * The language switcher leads to the same page in another language
 * (src/components/Header.astro). Without a script it leads to the page as it
 * first opens; with one, it keeps what the reader has asked of the page, the
 * search words, filters and sort in the address (`?q=…&committee=…`), which
 * mean the same in every language. The address is read as the reader comes
 * to a link, so that a search made since the page opened goes with it.
 */
export function keepQueryInLanguageLinks(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-same-page]')];
  const update = () => {
    for (const link of links) link.search = location.search;
  };
  update();
  for (const link of links) {
    for (const event of ['pointerover', 'pointerdown', 'focus'] as const) link.addEventListener(event, update);
  }
}
