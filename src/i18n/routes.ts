/** `getStaticPaths` helpers: every page exists once per locale. */
import { LOCALES, type Locale } from './index.ts';

export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** One page per locale, which a rebuild keeps while `cacheKey` is unchanged (src/build/kept-pages.ts). */
export function keyedLocalePaths(cacheKey: string) {
  return LOCALES.map((lang) => ({ params: { lang }, cacheKey }));
}

/**
 * One page per locale and per item, with the item passed as props. `cacheKey`,
 * where given, lets a rebuild keep a page whose key is unchanged (src/build/kept-pages.ts).
 */
export function localePathsFor<T, P extends Record<string, string>>(
  items: readonly T[],
  params: (item: T) => P,
  cacheKey?: (item: T, lang: Locale) => string,
) {
  return LOCALES.flatMap((lang: Locale) =>
    items.map((item) => ({
      params: { lang, ...params(item) },
      props: { item },
      ...(cacheKey ? { cacheKey: cacheKey(item, lang) } : {}),
    })),
  );
}
