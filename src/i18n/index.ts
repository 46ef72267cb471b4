/**
 * Interface text and locale formatting. Pages call `useTranslations(locale)`
 * and never hold literal text. Adding a language means adding a dictionary
 * here and its code to LOCALES; routes are already locale-prefixed.
 */
import { LANGUAGES, type Language } from '../schemas/common.ts';
import { en, type MessageKey } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

export type { MessageKey };

/** Kazakh, the State language, first; then Russian, used officially; then English. */
export const LOCALES = LANGUAGES;
export type Locale = Language;
/** Where the root address leads a browser that states no preference for one of the three. */
export const DEFAULT_LOCALE: Locale = 'kk';

/** Each language's name written in that language, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/**
 * The locale whose conventions `Intl` formats with. British English writes
 * "6 November 2020", as UN documents do.
 */
export const FORMAT_LOCALES: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A dictionary has every key of the English one; plural keys may add the
 * forms their language needs (Russian: few, many).
 */
export type Dictionary = Record<MessageKey, string> & Partial<Record<`${PluralKey}.${PluralForm}`, string>>;

export const dictionaries: Record<Locale, Dictionary> = { kk, ru, en };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/** Base keys that have `.one` / `.other` plural forms, e.g. `list.count`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * `template` with its `{name}` placeholders filled from `values`. A value that
 * ends with a full stop (a Russian date ends "г.", a name "Jr.") absorbs the
 * template's own full stop after it, so that a sentence never ends "г..".
 */
function fill(template: string, values: Record<string, string | number>): string {
  // Most texts have no placeholder; a build calls this millions of times at scale.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, stop: string) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return stop ? endSentence(value) : value;
  });
}

/** `text` closed with a full stop, unless it already ends with one ("13 июля 2017 г."). */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

/**
 * The translator for `locale`. Made once per locale: every component asks for
 * it, and building the `Intl` formatters each time cost more than rendering
 * the page.
 */
export function useTranslations(locale: Locale) {
  let translator = translators.get(locale);
  if (!translator) {
    translator = makeTranslator(locale);
    translators.set(locale, translator);
  }
  return translator;
}

function makeTranslator(locale: Locale) {
  const messages: Record<string, string> = dictionaries[locale];
  const format = FORMAT_LOCALES[locale];
  const numbers = new Intl.NumberFormat(format);
  const plurals = new Intl.PluralRules(format);
  const days = new Intl.DateTimeFormat(format, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(format, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const lists = new Intl.ListFormat(format, { type: 'conjunction' });

  /** The text for `key`, with `{name}` placeholders filled from `values`. */
  function t(key: MessageKey, values: Record<string, string | number> = {}): string {
    return fill(messages[key] ?? key, values);
  }

  /** The plural form of `base` that suits `count`, with `{count}` formatted for the locale. */
  function plural(base: PluralKey, count: number, values: Record<string, string | number> = {}): string {
    const form = plurals.select(count);
    const template = messages[`${base}.${form}`] ?? messages[`${base}.other`] ?? base;
    return fill(template, { ...values, count: numbers.format(count) });
  }

  const written = new Map<string, string>();
  /** A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in words for the locale (each worked out once). */
  function date(value: string): string {
    let text = written.get(value);
    if (text === undefined) {
      const [year, month, day] = value.split('-').map(Number);
      text = day
        ? days.format(new Date(Date.UTC(year, month - 1, day)))
        : month
          ? months.format(new Date(Date.UTC(year, month - 1, 1)))
          : String(year);
      written.set(value, text);
    }
    return text;
  }

  /** All plural forms of `base`, for scripts that count in the browser. */
  function pluralForms(base: PluralKey): Record<string, string> {
    const forms: Record<string, string> = {};
    for (const form of plurals.resolvedOptions().pluralCategories) {
      forms[form] = messages[`${base}.${form}`] ?? messages[`${base}.other`] ?? base;
    }
    return forms;
  }

  /** "A, B and C" in the locale's words. */
  function list(items: readonly string[]): string {
    return lists.format(items);
  }

  return { locale, formatLocale: format, t, plural, pluralForms, date, list, number: (n: number) => numbers.format(n) };
}

export type Translator = ReturnType<typeof makeTranslator>;
