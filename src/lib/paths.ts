/**
 * Addresses of the portal's pages. Every link is built here, so a page's
 * address is defined once; published addresses must never change.
 */
import type { Locale } from '../i18n/index.ts';

const base = import.meta.env?.BASE_URL ?? '/';

function join(...parts: string[]): string {
  const path = [base.replace(/\/$/, ''), ...parts].join('/');
  return path.endsWith('/') ? path : `${path}/`;
}

export const paths = {
  home: (locale: Locale) => join(locale),
  decisions: (locale: Locale) => join(locale, 'decisions'),
  decisionsSorted: (locale: Locale, sort: string) => join(locale, 'decisions', 'sort', sort),
  decisionsFiltered: (locale: Locale, facet: string, value: string) => join(locale, 'decisions', facet, value.toLowerCase()),
  decision: (locale: Locale, id: string) => join(locale, 'decisions', id),
  committees: (locale: Locale) => join(locale, 'committees'),
  committee: (locale: Locale, code: string) => join(locale, 'committees', code.toLowerCase()),
  mechanism: (locale: Locale) => join(locale, 'mechanism'),
  search: (locale: Locale) => join(locale, 'search'),
  editors: (locale: Locale) => join(locale, 'editors'),
  followUp: (locale: Locale) => join(locale, 'follow-up'),
  followUpFiltered: (locale: Locale, facet: string, value?: string) =>
    value === undefined ? join(locale, 'follow-up', facet) : join(locale, 'follow-up', facet, value.toLowerCase()),
  statistics: (locale: Locale) => join(locale, 'statistics'),
  data: (locale: Locale) => join(locale, 'data'),
  accessibility: (locale: Locale) => join(locale, 'accessibility'),
  /** What the record covers and how each fact is sourced. */
  about: (locale: Locale) => join(locale, 'about'),
  /** An Atom feed: `decisions`, `follow-up` or `committees/<code>`. */
  feed: (locale: Locale, name: string) => `${base.replace(/\/$/, '')}/${locale}/feeds/${name}.xml`,
  meetings: (locale: Locale) => join(locale, 'meetings'),
  meeting: (locale: Locale, id: string) => join(locale, 'meetings', id),
  asset: (file: string) => `${base.replace(/\/$/, '')}/${file}`,
};

/**
 * The official text of a decision on the UN treaty body database, by symbol.
 * The symbol is URL-encoded; English is asked for, the page offers the others.
 */
export function officialDocumentUrl(symbol: string): string {
  return `https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=${encodeURIComponent(symbol)}&Lang=en`;
}
