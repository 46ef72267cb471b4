/**
 * Picks an entry's text in the reader's language: the original where it is
 * written in that language, else its translation, else the original with the
 * language it is in, so the page can say so. Never an empty text.
 */
import type { Language } from '../schemas/common.ts';
import type { Translation } from '../schemas/translation.ts';
import { byId } from './lookup.ts';

export type TranslationEntry = { id: string; data: Translation; body?: string };
type Original<T> = { id: string; data: T; body?: string };

export function translationId(locale: Language, collection: string, id: string): string {
  return `${locale}/${collection}/${collection === 'committees' ? id.toLowerCase() : id}`;
}

export type Localized<T, E> = {
  /** The labels in the reader's language where translated, else the original's. */
  data: T;
  /** The entry whose body to render: the original or its translation. */
  bodyEntry: E;
  /** The language the body is in; differs from the reader's when no translation exists. */
  bodyLanguage: Language;
  /** The language of the labels that were not translated. */
  labelsLanguage: Language;
};

/**
 * The entry as a reader of `locale` sees it. Labels the translation gives
 * replace the original's; everything else (facts) stays the original's.
 */
export function localize<E extends Original<object>>(
  entry: E,
  collection: string,
  locale: Language,
  translations: readonly TranslationEntry[],
  originalLanguage: Language = 'en',
): Localized<E['data'], E | TranslationEntry> {
  if (locale === originalLanguage) {
    return { data: entry.data, bodyEntry: entry, bodyLanguage: locale, labelsLanguage: locale };
  }
  const translation = byId(translations, translationId(locale, collection, entry.id));
  if (!translation) {
    return { data: entry.data, bodyEntry: entry, bodyLanguage: originalLanguage, labelsLanguage: originalLanguage };
  }
  const labels = Object.fromEntries(Object.entries(translation.data).filter(([, value]) => value !== undefined));
  const hasBody = (translation.body ?? '').replace(/<!--[\s\S]*?-->/g, '').trim() !== '';
  return {
    data: { ...entry.data, ...labels } as E['data'],
    bodyEntry: hasBody ? translation : entry,
    bodyLanguage: hasBody ? locale : originalLanguage,
    labelsLanguage: Object.keys(labels).length > 0 ? locale : originalLanguage,
  };
}
