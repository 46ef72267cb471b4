/**
 * Building blocks shared by the collection schemas.
 *
 * These modules import `z` from `astro/zod`, which is plain Zod: Astro, the
 * editor tools in `scripts/` and the unit tests all load the same definitions.
 * The only Astro-specific piece, `reference()`, is passed in by the caller (see
 * `ReferenceFactory`), so a schema can be built with or without Astro.
 */
import { z } from 'astro/zod';

/** The portal's languages: Kazakh (the State language), Russian (used officially), English. */
export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The six treaty bodies whose individual procedure Kazakhstan accepted. */
export const COMMITTEE_CODES = ['CCPR', 'CAT', 'CEDAW', 'CERD', 'CRPD', 'CRC'] as const;
export type CommitteeCode = (typeof COMMITTEE_CODES)[number];

/**
 * Builds the schema of a link to an entry of another collection. Astro passes its
 * own `reference`; tools outside Astro pass `plainReference`. Both accept the
 * entry id as a string and yield `{ collection, id }`.
 */
export type ReferenceFactory = <C extends string>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

const REFERENCE_HINTS: Record<string, string> = {
  committees: 'write a committee code: CCPR, CAT, CEDAW, CERD, CRPD or CRC',
  decisions: 'write the file name of a decision without ".md", e.g. ccpr-2521-2015',
  meetings: 'write the file name of a meeting without ".md", e.g. iwg-16',
  publishers: 'write the file name of a publisher in src/content/publishers without ".md", e.g. ccpr-centre',
};

export const plainReference: ReferenceFactory = <C extends string>(collection: C) =>
  z
    .string({ error: REFERENCE_HINTS[collection] })
    .regex(/^[A-Za-z0-9-]+$/, REFERENCE_HINTS[collection])
    .transform((id) => ({ collection, id }));

/*
 * Fields that speak to editors. Each helper takes what to write and an example, and gives the
 * message an editor reads for a value of the wrong kind or an empty one; the validator adds how
 * to write a value of the right kind from what it finds (a number as text in quotes, a list one
 * item per line: scripts/lib/issue-messages.ts).
 */

/** Text on one line, never empty: `text('the subject as headed in the document', 'Freedom of expression')`. */
export const text = (what: string, example: string) =>
  z.string({ error: `write ${what}, e.g. ${example}` }).min(1, `empty: write ${what}, e.g. ${example}`);

/** A list, one item per line: `what` names the items, `example` is one item as written after "- ". */
export const list = <T extends z.ZodType>(item: T, what: string, example: string) =>
  z.array(item, { error: `list ${what}, one per line starting with "- ", e.g. - ${example}` });

/** A whole number above 0, written without quotes: `wholeNumber('the session that adopted it', 130)`. */
export const wholeNumber = (what: string, example: number) => {
  const message = `write ${what} as a whole number above 0, without quotes, e.g. ${example}`;
  return z.number({ error: message }).int(message).positive(message);
};

/** A count, 0 or more, written without quotes. */
export const count = (what: string, example: number) => {
  const message = `write ${what} as a whole number, 0 or more, without quotes, e.g. ${example}`;
  return z.number({ error: message }).int(message).nonnegative(message);
};

/** `true` or `false`, in lower case and without quotes. */
export const yesOrNo = (what: string) => z.boolean({ error: `write true or false (${what})` });

/** One of a fixed list of values. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `write one of ${values.join(', ')}` });

function toIsoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

function isRealDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar day written `YYYY-MM-DD`, e.g. `2020-11-06`. YAML reads an unquoted
 * date as a timestamp; it is turned back into the same day, so quoting is optional.
 */
export const isoDay = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? toIsoDay(value) : value),
  z
    .string({ error: 'write a date as YYYY-MM-DD, e.g. 2020-11-06' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'write a date as YYYY-MM-DD, e.g. 2020-11-06')
    // Only a well-formed date is checked against the calendar, so one mistake gives one message.
    .refine((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || isRealDay(text), {
      error: (issue) => `${String(issue.input)} is not a day of the calendar`,
    }),
);

/**
 * A date known to the year, the month or the day: `2015`, `2014-06` or
 * `2016-08-09`. Sources about follow-up often give only a year or a month.
 */
export const partialDate = z.preprocess(
  (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return toIsoDay(value);
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    return value;
  },
  z
    .string({ error: 'write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2014-06' })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2014-06')
    .refine(
      (text) => {
        if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return true;
        const parts = text.split('-');
        if (parts.length === 3) return isRealDay(text);
        if (parts.length === 2) return Number(parts[1]) >= 1 && Number(parts[1]) <= 12;
        return true;
      },
      { error: (issue) => `${String(issue.input)} is not a date of the calendar` },
    ),
);

/**
 * A communication number as the committee registers it: `number/year`, e.g.
 * `2521/2015` (the 2521st communication, registered in 2015).
 */
export const communicationNumber = z
  .string({ error: 'write a communication number as number/year, e.g. 2521/2015' })
  .regex(/^[1-9]\d{0,4}\/(19|20)\d{2}$/, 'write a communication number as number/year, e.g. 2521/2015');

/**
 * A UN document symbol of a decision: `BODY/C/SESSION/D/NUMBER/YEAR`, e.g.
 * `CCPR/C/130/D/2521/2015`. Joined communications adopted in one document may
 * end in a range: `CCPR/C/137/D/2538/2015-2539/2015`.
 */
export const documentSymbol = z
  .string({ error: 'write a UN document symbol, e.g. CCPR/C/130/D/2521/2015' })
  .regex(
    /^(CCPR|CAT|CEDAW|CERD|CRPD|CRC)\/C\/\d{1,3}\/D\/\d{1,5}\/\d{4}(-\d{1,5}\/\d{4})?$/,
    'write a UN document symbol as BODY/C/SESSION/D/NUMBER/YEAR, e.g. CCPR/C/130/D/2521/2015',
  );

/** An address on the web; only https is accepted, so readers are never sent to an insecure copy. */
export const httpsUrl = z
  .url({ error: 'write a full web address starting with https://' })
  .refine((text) => text.startsWith('https://'), { error: 'a source address must start with https://' });

/**
 * What kind of document a source is; with its publisher, this names the source
 * to readers in every language ("CCPR Centre — case page").
 */
export const SOURCE_TYPES = ['decision', 'un-document', 'case-page', 'report', 'news', 'statement', 'database', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/**
 * Builds the schema of one source: where a fact was read. Its publisher is an
 * entry of `src/content/publishers/`; where none is named, the publisher whose
 * `hosts` include the address's host is credited (src/lib/publishers.ts).
 */
export function makeSource(reference: ReferenceFactory) {
  return z.strictObject(
    {
      /** Full https address of the source, e.g. the UN document or a report. */
      url: httpsUrl,
      /** Short name of the source in English, e.g. "UN document CCPR/C/130/D/2521/2015" or "CCPR Centre case page". */
      label: z
        .string({ error: 'give the source a short label, e.g. "CCPR Centre case page"' })
        .min(1, 'give the source a short label, e.g. "CCPR Centre case page"'),
      /**
       * What kind of document it is: decision (the committee's decision itself),
       * un-document, case-page, report, news, statement, database or other.
       * Named in the reader's language on Kazakh and Russian pages.
       */
      type: z.enum(SOURCE_TYPES, { error: `write one of ${SOURCE_TYPES.join(', ')}` }).optional(),
      /**
       * Who published it, by file name in src/content/publishers without ".md",
       * e.g. `ccpr-centre`; only needed when the address's host does not name it.
       */
      publisher: reference('publishers').optional(),
      /** `true` when the page is a copy of a text first published elsewhere (a site republishing a statement). */
      copy: z.boolean({ error: 'write true or false' }).optional(),
    },
    { error: 'write each source as url: https://... and label: ...' },
  );
}

/** A source without Astro, for tools and tests. */
export const source = makeSource(plainReference);
export type Source = z.infer<typeof source>;

/** Words that show a name field holds a note rather than a name. */
const NOTE_WORDS =
  /\b(not (named|shown|known|recorded|given|seen)|unnamed|unknown|anonymous|stored|summary|first name|n\/a|tbd|on behalf|deceased)\b/i;

/**
 * A person's name as the committee published it, e.g. `Ermek Narymbaev`, or
 * initials where it withheld the name, e.g. `A.P.`. Never a note: a name with
 * parentheses, digits or words such as "not named" is refused, so that no
 * research note is published as a name.
 */
export const personName = z
  .string({ error: 'write the name as the committee published it, e.g. Ermek Narymbaev' })
  .min(1, 'write the name as the committee published it, e.g. Ermek Narymbaev')
  .refine((text) => !/[()[\]0-9]/.test(text) && !NOTE_WORDS.test(text), {
    error: (issue) =>
      `"${String(issue.input)}" reads as a note, not a name: write only the name as the committee published it (e.g. Ermek Narymbaev, or A.P. where it withheld the name), and put what you know about it in verification.openQuestions`,
  });
