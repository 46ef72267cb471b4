/**
 * The interface dictionaries: every key in every language, the plural forms
 * each language needs, the same placeholders, and no key that no page uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { dictionaries, FORMAT_LOCALES, LOCALES, useTranslations } from '../../src/i18n/index.ts';

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** `list.count` for `list.count.few`; null for a key that is no plural form ("remedy.other" is a remedy). */
const baseOf = (key: string) => {
  const parts = key.split('.');
  const base = parts.slice(0, -1).join('.');
  return PLURAL_FORMS.includes(parts.at(-1)!) && `${base}.one` in en ? base : null;
};
const pluralBases = new Set(
  Object.keys(en)
    .map(baseOf)
    .filter((base): base is string => base !== null),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(LOCALES)('the %s dictionary', (locale) => {
  const dictionary = dictionaries[locale] as Record<string, string>;
  const categories = new Intl.PluralRules(FORMAT_LOCALES[locale]).resolvedOptions().pluralCategories;

  it('has every key, with the plural forms the language needs', () => {
    const missing: string[] = [];
    for (const key of Object.keys(en)) if (baseOf(key) === null && !(key in dictionary)) missing.push(key);
    for (const base of pluralBases)
      for (const form of categories) if (!(`${base}.${form}` in dictionary)) missing.push(`${base}.${form}`);
    expect(missing).toEqual([]);
  });

  it('has no key that English lacks', () => {
    const extra = Object.keys(dictionary).filter(
      (key) => !(key in en) && !(baseOf(key) !== null && pluralBases.has(baseOf(key)!)),
    );
    expect(extra).toEqual([]);
  });

  it('keeps the placeholders of the English text', () => {
    const wrong = Object.keys(dictionary).filter((key) => {
      const english = (en as Record<string, string>)[key] ?? (en as Record<string, string>)[`${baseOf(key)}.other`] ?? '';
      // A singular form may spell out "one" instead of {count}.
      const expected = placeholders(english).filter((name) => !(baseOf(key) && name === 'count'));
      const actual = placeholders(dictionary[key]!).filter((name) => !(baseOf(key) && name === 'count'));
      return JSON.stringify(expected) !== JSON.stringify(actual);
    });
    expect(wrong).toEqual([]);
  });

  it('gives no empty text', () => {
    expect(
      Object.entries(dictionary)
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => key),
    ).toEqual([]);
  });
});

describe('dictionary keys in use', () => {
  const root = join(import.meta.dirname, '../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(astro|ts)$/.test(name) && !dir.endsWith('i18n') ? [path] : [];
    });
  const source = files(root)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const literals = new Set([...source.matchAll(/(['"`])([a-zA-Z][\w.-]*(?:\$\{[^}]+\}[\w.-]*)*)\1/g)].map((match) => match[2]!));
  // `outcome.${value}` stands for every key that starts "outcome." and has one more segment.
  const templates = [...literals]
    .filter((literal) => literal.includes('${') && /^[a-z]+\./i.test(literal))
    .map(
      (literal) =>
        new RegExp(
          `^${literal
            .split(/\$\{[^}]+\}/)
            .map((part) => part.replace(/\./g, '\\.'))
            .join('[^.]+')}$`,
        ),
    );

  it('uses every English key somewhere in the pages or components', () => {
    const unused = Object.keys(en).filter((key) => {
      const name = baseOf(key) ?? key;
      return !literals.has(name) && !templates.some((pattern) => pattern.test(name));
    });
    expect(unused).toEqual([]);
  });

  it('formats Russian plurals with the right form', () => {
    const { plural } = useTranslations('ru');
    expect(plural('list.count', 1)).toBe('1 решение');
    expect(plural('list.count', 3)).toBe('3 решения');
    expect(plural('list.count', 5)).toBe('5 решений');
    expect(plural('list.count', 21)).toBe('21 решение');
  });
});
