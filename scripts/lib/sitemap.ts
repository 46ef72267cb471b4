/**
 * The sitemap's files. A sitemap may list at most 50,000 addresses
 * (sitemaps.org); the portal lists each page in three languages and passes
 * that at about 16,000 decisions. Beyond the limit, `sitemap.xml` becomes an
 * index of `sitemap-1.xml`, `sitemap-2.xml`..., so its address never changes.
 */
import { LOCALES } from '../../src/i18n/index.ts';
import { escapeXml } from '../../src/lib/atom.ts';

export const SITEMAP_LIMIT = 50_000;

const HEAD = '<?xml version="1.0" encoding="utf-8"?>';
const URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">';

/** File name → content, for the `<url>` entries given; `siteUrl` is the address of the site's root, ending in `/`. */
export function sitemapFiles(entries: readonly string[], siteUrl: string, limit = SITEMAP_LIMIT): Map<string, string> {
  const urlset = (part: readonly string[]) => [HEAD, URLSET, ...part, '</urlset>', ''].join('\n');
  if (entries.length <= limit) return new Map([['sitemap.xml', urlset(entries)]]);
  const files = new Map<string, string>();
  for (let start = 0; start < entries.length; start += limit) {
    files.set(`sitemap-${files.size + 1}.xml`, urlset(entries.slice(start, start + limit)));
  }
  const index = [
    HEAD,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...files.keys()].map((name) => `  <sitemap>\n    <loc>${escapeXml(new URL(name, siteUrl).href)}</loc>\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([['sitemap.xml', index], ...files]);
}

/**
 * The `<url>` entries of the site's pages, given as paths from the site's root
 * (`en/decisions/ccpr-2521-2015/`, `''` for the root): the root, then each page
 * of a language in every language, with its alternates. Pages outside the
 * languages (redirects, the 404 page) and the editors' report are left out.
 * `siteUrl` is the address of the site's root, ending in `/`.
 */
export function sitemapEntries(pagePaths: Iterable<string>, siteUrl: string): string[] {
  const localized = new Set<string>();
  for (const page of pagePaths) {
    const path = page.replace(/\/$/, '');
    const locale = LOCALES.find((code) => path === code || path.startsWith(`${code}/`));
    if (!locale || /^[a-z]{2}\/editors$/.test(path)) continue;
    localized.add(path.slice(locale.length + 1));
  }
  const url = (locale: string, path: string) => new URL(`${locale}/${path ? `${path}/` : ''}`, siteUrl).href;
  const entries = [...localized]
    .sort()
    .flatMap((path) =>
      LOCALES.map((locale) =>
        [
          '  <url>',
          `    <loc>${escapeXml(url(locale, path))}</loc>`,
          ...LOCALES.map(
            (other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(url(other, path))}"/>`,
          ),
          '  </url>',
        ].join('\n'),
      ),
    );
  return [`  <url>\n    <loc>${escapeXml(siteUrl)}</loc>\n  </url>`, ...entries];
}
