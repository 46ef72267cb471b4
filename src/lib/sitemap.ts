/**
 * What the sitemap lists (@astrojs/sitemap, set up in astro.config.ts): the
 * root, and every page of the three languages with its alternates in each
 * language and `x-default`, as each page's <head> declares them
 * (src/layouts/Base.astro). Left out: the redirects (/symbol/...,
 * /communication/...), the downloads and feeds, the 404 page (the
 * integration drops it) and the editors' report.
 *
 * The alternates are written here rather than by the integration's `i18n`
 * option, which compares every address with every other one: at 10,000
 * decisions, 90,000 pages, that took longer than the rest of the sitemap
 * (docs/upstream/astro-sitemap-i18n.md).
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/index.ts';

/** The options for the site whose root is `root` (its public address with the base path, ending in `/`). */
export function sitemapOptions(root: string): NonNullable<SitemapOptions> {
  /** A page's language and its path within the language, or null for an address outside the languages. */
  const localized = (url: string) => {
    if (!url.startsWith(root) || !url.endsWith('/')) return null;
    const [locale, ...rest] = url.slice(root.length).split('/');
    return LOCALES.some((code) => code === locale) ? { locale: locale!, path: rest.join('/') } : null;
  };
  return {
    namespaces: { news: false, image: false, video: false },
    filter(url) {
      const page = localized(url);
      return url === root || (page !== null && !page.path.startsWith('editors/'));
    },
    serialize(item) {
      const page = localized(item.url);
      if (!page) return item;
      const inLocale = (code: string) => `${root}${code}/${page.path}`;
      return {
        ...item,
        links: [
          ...LOCALES.map((code) => ({ lang: code, url: inLocale(code) })),
          { lang: 'x-default', url: inLocale(DEFAULT_LOCALE) },
        ],
      };
    },
  };
}
