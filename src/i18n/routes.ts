/** `getStaticPaths` helpers: every page exists once per locale. */
import { LOCALES, type Locale } from './index.ts';

export function localePaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** One page per locale and per item, with the item passed as props. */
export function localePathsFor<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P) {
  return LOCALES.flatMap((lang: Locale) => items.map((item) => ({ params: { lang, ...params(item) }, props: { item } })));
}
