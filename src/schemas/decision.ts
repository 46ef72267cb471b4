/**
 * A committee's decision on one complaint, or on several joined complaints.
 * One Markdown file per decision in `src/content/decisions/`, named after the
 * committee and the first communication number: `ccpr-2521-2015.md`. The
 * frontmatter holds the facts; the body is our plain-language summary.
 *
 * `null` always means "no source seen states it": the page then says "not yet
 * recorded" and links the official document. Never fill a field with a guess.
 */
import { z } from 'astro/zod';
import {
  communicationNumber,
  LANGUAGES,
  documentSymbol,
  isoDay,
  plainReference,
  source,
  type ReferenceFactory,
} from './common.ts';

/** What kind of decision the committee took. */
export const DECISION_TYPES = ['views', 'inadmissibility', 'discontinuance'] as const;

/** What the committee found. */
export const OUTCOMES = ['violation', 'no-violation', 'inadmissible', 'discontinued'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The measures a committee asks the State to take. `other` needs a `note` saying what. */
export const REMEDY_KINDS = [
  'effective-remedy',
  'compensation',
  'reimbursement-of-costs',
  'retrial-or-review',
  'release',
  'investigation',
  'legislative-review',
  'non-repetition',
  'publication',
  'translation',
  'other',
] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];

/**
 * How far the State has carried out one remedy, as far as the record shows.
 * `no-information` until a source says otherwise.
 */
export const REMEDY_STATUSES = [
  'no-information',
  'not-implemented',
  'in-progress',
  'partially-implemented',
  'implemented',
] as const;
export type RemedyStatus = (typeof REMEDY_STATUSES)[number];

const listOf = (names: readonly string[]) => names.join(', ');

export const remedySchema = z
  .strictObject({
    /** One of the remedy kinds listed in REMEDY_KINDS, e.g. `compensation`. */
    kind: z.enum(REMEDY_KINDS, { error: `write one of ${listOf(REMEDY_KINDS)}` }),
    /** Implementation status; defaults to `no-information`. */
    status: z.enum(REMEDY_STATUSES, { error: `write one of ${listOf(REMEDY_STATUSES)}` }).default('no-information'),
    /** Optional precision in plain words, e.g. "return of the complainants to Kazakhstan". */
    note: z.string().min(1).optional(),
  })
  .refine((remedy) => remedy.kind !== 'other' || remedy.note !== undefined, {
    error: 'a remedy of kind "other" needs a note saying what the committee asked for',
    path: ['note'],
  });
export type Remedy = z.infer<typeof remedySchema>;

/** What is verified about the entry and what is not. */
export const verificationSchema = z.strictObject({
  /**
   * `true` when the outcome or the articles come from a secondary source not yet
   * confirmed against the decision, or when sources conflict. The page then
   * shows a caution beside the facts.
   */
  uncertain: z.boolean().default(false),
  /** Where the outcome was read, e.g. "UN document, operative paragraph". `null`: not established. */
  outcomeBasis: z.string().min(1).nullable().default(null),
  /** What the facts were checked against, e.g. "the UN document". */
  checkedAgainst: z.string().min(1).nullable().default(null),
  /** Known gaps or conflicts between sources, in plain words. */
  openQuestions: z.string().min(1).nullable().default(null),
});

function firstNumberOf(symbol: string): string {
  return symbol.split('/D/')[1].split('-')[0];
}

/**
 * Builds the decision schema with the given reference factory: Astro's
 * `reference` in `content.config.ts`, `plainReference` elsewhere.
 */
export function makeDecisionSchema(reference: ReferenceFactory) {
  return z
    .strictObject({
      /** Code of the committee that decided: CCPR, CAT, CEDAW, CERD, CRPD or CRC. */
      committee: reference('committees'),
      /** Communication number(s) decided together, e.g. `[2521/2015]`. At least one. */
      communications: z
        .array(communicationNumber, { error: 'list the communication numbers, e.g. [2521/2015]' })
        .min(1, 'list at least one communication number, e.g. [2521/2015]'),
      /** UN document symbol(s) of the decision, e.g. `[CCPR/C/130/D/2521/2015]`; empty while none is known. */
      symbols: z.array(documentSymbol).default([]),
      /** Authors as the committee published them (initials where it withheld the name). At least one. */
      authors: z
        .array(z.string().min(1), { error: 'list the authors as the committee published them, e.g. [Ermek Narymbaev]' })
        .min(1, 'list at least one author as the committee published them'),
      /** Counsel or organisation that represented the authors; `null` when not represented or not known. */
      counsel: z.string().min(1).nullable().default(null),
      /** Day the complaint was first submitted (`YYYY-MM-DD`), or `null`. */
      submitted: isoDay.nullable().default(null),
      /** Day the committee adopted the decision (`YYYY-MM-DD`), or `null`. */
      adopted: isoDay.nullable().default(null),
      /** Day the decision was transmitted to the State (`YYYY-MM-DD`), or `null` when not known. */
      transmitted: isoDay.nullable().default(null),
      /** Number of the committee session that adopted it, e.g. `130`, or `null`. */
      session: z.number().int().positive().nullable().default(null),
      /** `views` (on the merits), `inadmissibility` or `discontinuance`; `null` when not established. */
      type: z
        .enum(DECISION_TYPES, { error: `write one of ${listOf(DECISION_TYPES)}` })
        .nullable()
        .default(null),
      /** What the committee found: violation, no-violation, inadmissible, discontinued; `null` = not yet recorded. */
      outcome: z
        .enum(OUTCOMES, { error: `write one of ${listOf(OUTCOMES)}` })
        .nullable()
        .default(null),
      /** Subject matter as headed in the document, e.g. "Sanction for participating in a peaceful assembly". */
      subject: z.string().min(1).nullable().default(null),
      /** Procedural issues as headed in the document; `[]` when it says none; `null` when not known. */
      proceduralIssues: z.array(z.string().min(1)).nullable().default(null),
      /** Substantive issues as headed in the document; `null` when not known. */
      substantiveIssues: z.array(z.string().min(1)).nullable().default(null),
      /** Articles the authors invoked, as written: `14(3)(d)`, `21 read with 26`. `null` when not known. */
      articlesInvoked: z.array(z.string().regex(/^\d/, 'an article starts with its number, e.g. 14(1)')).nullable().default(null),
      /** Articles the committee found violated; `[]` = none; `null` = not yet recorded. */
      articlesViolated: z
        .array(z.string().regex(/^\d/, 'an article starts with its number, e.g. 14(1)'))
        .nullable()
        .default(null),
      /** Remedies the committee asked for, each with its status; `null` = not yet recorded. */
      remedies: z.array(remedySchema).nullable().default(null),
      /** Whether the committee asked the State to publish the decision; `null` when not known. */
      publicationRequested: z.boolean().nullable().default(null),
      /** Days the State has to report on measures taken, where the document says so (usually 180). */
      followUpDays: z.number().int().positive().nullable().default(null),
      /** Where the facts were read; the UN document first where there is one. At least one. */
      sources: z
        .array(source, { error: 'list the sources, each with url: https://... and label: ...' })
        .min(1, 'list at least one source with its https address and a label'),
      /** The language the body (the summary) is written in: kk, ru or en. Other languages go in src/content/translations/. */
      language: z.enum(LANGUAGES, { error: `write one of ${listOf(LANGUAGES)}` }).default('en'),
      /** What is verified and what is missing. */
      verification: verificationSchema.default({
        uncertain: false,
        outcomeBasis: null,
        checkedAgainst: null,
        openQuestions: null,
      }),
    })
    .superRefine((entry, ctx) => {
      if (entry.submitted && entry.adopted && entry.adopted < entry.submitted) {
        ctx.addIssue({
          code: 'custom',
          path: ['adopted'],
          message: `adopted must be on or after submitted: ${entry.adopted} is before ${entry.submitted}`,
        });
      }
      if (entry.adopted && entry.transmitted && entry.transmitted < entry.adopted) {
        ctx.addIssue({
          code: 'custom',
          path: ['transmitted'],
          message: `transmitted must be on or after adopted: ${entry.transmitted} is before ${entry.adopted}`,
        });
      }
      entry.symbols.forEach((symbol, index) => {
        const body = symbol.split('/')[0];
        if (body !== entry.committee.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['symbols', index],
            message: `${symbol} belongs to ${body}, but committee is ${entry.committee.id}: correct one of them`,
          });
        }
        if (!entry.communications.includes(firstNumberOf(symbol))) {
          ctx.addIssue({
            code: 'custom',
            path: ['symbols', index],
            message: `${symbol} names communication ${firstNumberOf(symbol)}, which is not listed in communications`,
          });
        }
      });
      if (entry.outcome === 'violation' && entry.articlesViolated?.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['articlesViolated'],
          message: 'outcome is violation but articlesViolated is empty: list the articles, or write null if not yet recorded',
        });
      }
    });
}

/** The decision schema for tools and tests outside Astro. */
export const decisionSchema = makeDecisionSchema(plainReference);
export type Decision = z.infer<typeof decisionSchema>;
