/**
 * The documentation of the downloads' fields: every field of every download,
 * read from the schemas, has its meaning in Kazakh, Russian and English; the
 * translations keep the codes of the English text and leave no English
 * outside them; the type is said in the reader's words; and the published
 * JSON Schema describes each field with its English meaning.
 */
import { describe, expect, it } from 'vitest';
import { dictionaries, LOCALES, useTranslations } from '../../src/i18n/index.ts';
import {
  codeSpans,
  DOWNLOAD_NAMES,
  downloadFields,
  downloadSchema,
  meaningKey,
  typeWords,
  type JsonSchema,
  type Piece,
} from '../../src/lib/download-fields.ts';

const fields = DOWNLOAD_NAMES.flatMap((name) => downloadFields(name).map(({ field, schema }) => ({ name, field, schema })));
const text = (pieces: Piece[]) => pieces.map((piece) => (piece.code ? `\`${piece.text}\`` : piece.text)).join('');
const codesOf = (meaning: string) =>
  codeSpans(meaning)
    .filter((piece) => piece.code)
    .map((piece) => piece.text)
    .sort();
/** The values a field that takes one value may take: `violation`, ... for `outcome`. */
const valuesOf = (schema: JsonSchema): string[] =>
  [...(schema.anyOf ?? [schema])].flatMap((alternative) => (alternative.enum ?? []).map(String));

describe('the meaning of each field of the downloads', () => {
  it('is written in every language for every field the schemas give', () => {
    const missing = LOCALES.flatMap((locale) =>
      fields
        .filter(({ name, field }) => !(dictionaries[locale] as Record<string, string>)[meaningKey(name, field)]?.trim())
        .map(({ name, field }) => `${locale}: ${meaningKey(name, field)}`),
    );
    expect(missing).toEqual([]);
  });

  it('is written for no field the downloads do not have', () => {
    const known = new Set(fields.map(({ name, field }) => meaningKey(name, field)));
    const stale = LOCALES.flatMap((locale) =>
      Object.keys(dictionaries[locale]).filter((key) => key.startsWith('data.field.') && !known.has(key as never)),
    );
    expect(stale).toEqual([]);
  });

  it('keeps in Kazakh and Russian the codes of the English text, and no English word outside them', () => {
    const wrong = (['kk', 'ru'] as const).flatMap((locale) => {
      const { t } = useTranslations(locale);
      const english = useTranslations('en').t;
      return fields.flatMap(({ name, field }) => {
        const meaning = t(meaningKey(name, field));
        const problems = [];
        if (JSON.stringify(codesOf(meaning)) !== JSON.stringify(codesOf(english(meaningKey(name, field)))))
          problems.push(`${locale} ${field}: not the codes of the English text`);
        const prose = codeSpans(meaning)
          .filter((piece) => !piece.code)
          .map((piece) => piece.text)
          .join(' ');
        // Names such as Markdown, ISO 8601 and CCPR stay as they are; a lowercase Latin word is English.
        if (/\b[a-z]{2,}\b/.test(prose)) problems.push(`${locale} ${field}: English outside the codes: ${prose}`);
        return problems;
      });
    });
    expect(wrong).toEqual([]);
  });

  it('names every value of a field that takes one, where it names one', () => {
    const { t } = useTranslations('en');
    const unnamed = fields.flatMap(({ name, field, schema }) => {
      const values = valuesOf(schema);
      const named = codesOf(t(meaningKey(name, field)));
      const missing = values.filter((value) => !named.includes(value));
      return values.length > missing.length && missing.length > 0 ? [`${field}: ${missing.join(', ')}`] : [];
    });
    expect(unnamed).toEqual([]);
  });

  it('is the description of the field in the published JSON Schema, in English, codes without backticks', () => {
    const { t } = useTranslations('en');
    for (const name of DOWNLOAD_NAMES) {
      const schema = downloadSchema(name, `https://example.org/data/schema/${name}.schema.json`) as JsonSchema;
      const described = schema.properties![name]!.items!.properties!;
      for (const { field } of downloadFields(name)) {
        expect(described[field]!.description, field).toBe(t(meaningKey(name, field)).replaceAll('`', ''));
      }
    }
    const decisions = downloadSchema('decisions', 'decisions') as JsonSchema;
    expect(decisions.properties!.decisions!.items!.properties!.outcome!.description).toBe(
      'violation, no-violation, inadmissible or discontinued; null when not yet recorded. Always read it with outcomeSource.',
    );
  });
});

describe('the type of each field', () => {
  const schemaOf = (name: (typeof DOWNLOAD_NAMES)[number], field: string) =>
    downloadFields(name).find((entry) => entry.field === field)!.schema;

  it('is said in words of every language for every field, Kazakh and Russian without English', () => {
    for (const locale of LOCALES) {
      const { t } = useTranslations(locale);
      for (const { field, schema } of fields) {
        const words = typeWords(schema, t);
        expect(words.length, `${locale} ${field}`).toBeGreaterThan(0);
        if (locale !== 'en')
          expect(
            words.filter((piece) => !piece.code).map((piece) => piece.text),
            `${locale} ${field}`,
          ).not.toContainEqual(expect.stringMatching(/[a-z]/));
      }
    }
  });

  it('says text, date, number, yes/no, a list and the values a field may take, with null as a code', () => {
    const words = (locale: (typeof LOCALES)[number], name: (typeof DOWNLOAD_NAMES)[number], field: string) =>
      text(typeWords(schemaOf(name, field), useTranslations(locale).t));
    expect(words('en', 'decisions', 'id')).toBe('text');
    expect(words('en', 'decisions', 'adopted')).toBe('date or `null`');
    expect(words('en', 'followups', 'date')).toBe('date or `null`');
    expect(words('ru', 'decisions', 'replyPeriodEnds')).toBe('дата или `null`');
    expect(words('en', 'meetings', 'number')).toBe('number');
    expect(words('en', 'decisions', 'authors')).toBe('list of texts or `null`');
    expect(words('ru', 'decisions', 'publicationRequested')).toBe('да/нет или `null`');
    expect(words('ru', 'decisions', 'sources')).toBe('список объектов');
    expect(words('kk', 'decisions', 'type')).toBe(
      'мына мәндердің бірі: `views`, `inadmissibility`, `discontinuance` немесе `null`',
    );
    expect(words('kk', 'followups', 'remedies')).toMatch(/^мына мәндерден тұратын тізім: `effective-remedy`, `compensation`, /);
  });

  it('breaks only at spaces: every word and every code is a piece of its own', () => {
    const pieces = typeWords(schemaOf('decisions', 'publicationRequested'), useTranslations('kk').t);
    expect(pieces).toEqual([
      { text: 'иә/жоқ', code: false },
      { text: ' ', code: false },
      { text: 'немесе', code: false },
      { text: ' ', code: false },
      { text: 'null', code: true },
    ]);
  });

  it('stops the build with what to add for a type it has no words for', () => {
    const { t } = useTranslations('en');
    expect(() => typeWords({ type: 'array', items: { type: 'boolean' } }, t)).toThrow(
      'The open-data page has no words for the JSON Schema type {"type":"array","items":{"type":"boolean"}}: add them to typeWords in src/lib/download-fields.ts and to the dictionaries.',
    );
  });
});

describe('codes in a text', () => {
  it('are the parts between backticks', () => {
    expect(codeSpans('`null` when not known; `[]` = none')).toEqual([
      { text: 'null', code: true },
      { text: ' when not known; ', code: false },
      { text: '[]', code: true },
      { text: ' = none', code: false },
    ]);
  });
});
