/**
 * Interface text and locale formatting. Pages call `useTranslations(locale)`
 * and never hold literal text. Adding a language means adding a dictionary
 * here and its code to LOCALES; routes are already locale-prefixed.
 */
import { en, type MessageKey } from './en.ts';

export type { MessageKey };

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name written in that language, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English' };

/** The locale whose conventions `Intl` formats with: British English writes "6 November 2020", as UN documents do. */
const FORMAT_LOCALES: Record<Locale, string> = { en: 'en-GB' };

const dictionaries: Record<Locale, Record<MessageKey, string>> = { en };

export function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/** Base keys that have `.one` / `.other` plural forms, e.g. `list.count`. */
export type PluralKey = MessageKey extends infer K
  ? K extends `${infer Base}.other`
    ? Base
    : never
  : never;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function useTranslations(locale: Locale) {
  const messages = dictionaries[locale];
  const format = FORMAT_LOCALES[locale];
  const numbers = new Intl.NumberFormat(format);
  const plurals = new Intl.PluralRules(format);
  const days = new Intl.DateTimeFormat(format, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(format, { month: 'long', year: 'numeric', timeZone: 'UTC' });

  /** The text for `key`, with `{name}` placeholders filled from `values`. */
  function t(key: MessageKey, values: Record<string, string | number> = {}): string {
    return fill(messages[key], values);
  }

  /** The plural form of `base` that suits `count`, with `{count}` formatted for the locale. */
  function plural(base: PluralKey, count: number, values: Record<string, string | number> = {}): string {
    const form = plurals.select(count);
    const key = (`${base}.${form}` in messages ? `${base}.${form}` : `${base}.other`) as MessageKey;
    return fill(messages[key], { ...values, count: numbers.format(count) });
  }

  /** A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, in words for the locale. */
  function date(value: string): string {
    const [year, month, day] = value.split('-').map(Number);
    if (day) return days.format(new Date(Date.UTC(year, month - 1, day)));
    if (month) return months.format(new Date(Date.UTC(year, month - 1, 1)));
    return String(year);
  }

  return { locale, formatLocale: format, t, plural, date, number: (n: number) => numbers.format(n) };
}

export type Translator = ReturnType<typeof useTranslations>;
