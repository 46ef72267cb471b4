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
  count,
  LANGUAGES,
  documentSymbol,
  isoDay,
  list,
  makeSource,
  oneOf,
  personName,
  plainReference,
  text,
  wholeNumber,
  yesOrNo,
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

export const remedySchema = z
  .strictObject(
    {
      /** One of the remedy kinds listed in REMEDY_KINDS, e.g. `compensation`. */
      kind: oneOf(REMEDY_KINDS),
      /** Implementation status; defaults to `no-information`. */
      status: oneOf(REMEDY_STATUSES).default('no-information'),
      /** Optional precision in plain words, e.g. "return of the complainants to Kazakhstan". */
      note: text('what the committee asked for, in plain words', 'return of the complainants to Kazakhstan').optional(),
    },
    { error: 'write each remedy as kind: ... with its status: ..., e.g. - kind: compensation' },
  )
  .refine((remedy) => remedy.kind !== 'other' || remedy.note !== undefined, {
    error: 'a remedy of kind "other" needs a note saying what the committee asked for',
    path: ['note'],
  });
export type Remedy = z.infer<typeof remedySchema>;

/**
 * Where the outcome was read, from the strongest to the weakest:
 * - `operative-part`: in the decision's own operative part (its conclusion);
 * - `document-header`: in the decision's header (e.g. "Decision on admissibility");
 * - `secondary`: an NGO, the CCPR Centre or the press reports it; the decision itself was not read;
 * - `inferred`: worked out from the document's title or labels only.
 */
export const OUTCOME_SOURCES = ['operative-part', 'document-header', 'secondary', 'inferred'] as const;
export type OutcomeSource = (typeof OUTCOME_SOURCES)[number];

/**
 * What is verified about the entry and what is not. `outcomeSource` and
 * `outcomeReportedBy` are shown to readers beside every outcome; the three notes
 * are for editors and researchers and are never published.
 */
export function makeVerificationSchema(reference: ReferenceFactory) {
  return z.strictObject(
    {
      /**
       * `true` when sources conflict or a fact needs checking. A decision whose
       * outcome is not recorded, or comes from a secondary source or an inference,
       * is treated as uncertain whatever this says (src/lib/provenance.ts); the
       * page then shows a caution beside the facts.
       */
      uncertain: yesOrNo('true while sources conflict or a fact needs checking').default(false),
      /** Where the outcome was read: operative-part, document-header, secondary or inferred; `null` while no outcome is recorded. */
      outcomeSource: oneOf(OUTCOME_SOURCES).nullable().default(null),
      /**
       * With `outcomeSource: secondary`: who reports the outcome, by file name in
       * src/content/publishers without ".md", e.g. `[ccpr-centre]`.
       */
      outcomeReportedBy: z
        .array(reference('publishers'), { error: 'list the publishers, one per line, e.g. - ccpr-centre' })
        .default([]),
      /** Editors' note: where exactly the outcome was read. Not published. */
      outcomeBasis: text('where exactly the outcome was read', 'UN document, operative paragraph').nullable().default(null),
      /** Editors' note: what the facts were checked against. Not published. */
      checkedAgainst: text('what the facts were checked against', 'the UN document').nullable().default(null),
      /** Editors' note: known gaps or conflicts between sources. Not published. */
      openQuestions: text('the gaps or conflicts between sources, in plain words', 'the date of adoption differs between sources')
        .nullable()
        .default(null),
    },
    { error: 'write verification as a block of fields, e.g. uncertain: true on the next line, indented' },
  );
}

/** The first communication number a well-formed symbol names, e.g. `2521/2015`; `null` for any other text. */
function firstNumberOf(symbol: string): string | null {
  return /\/D\/(\d{1,5}\/\d{4})/.exec(symbol)?.[1] ?? null;
}

const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** An article as the document writes it, e.g. `14(3)(d)` or `21 read with 26`; in quotes where it is a bare number. */
const article = z
  .string({ error: "write an article as the document writes it, in quotes, e.g. '14(3)(d)'" })
  .regex(/^\d/, 'an article starts with its number, e.g. 14(1)');

/**
 * Builds the decision schema with the given reference factory: Astro's
 * `reference` in `content.config.ts`, `plainReference` elsewhere.
 */
export function makeDecisionSchema(reference: ReferenceFactory) {
  return (
    z
      .strictObject({
        /** Code of the committee that decided: CCPR, CAT, CEDAW, CERD, CRPD or CRC. */
        committee: reference('committees'),
        /** Communication number(s) decided together, e.g. `[2521/2015]`. At least one. */
        communications: list(communicationNumber, 'the communication numbers', '2521/2015').min(
          1,
          'list at least one communication number, e.g. - 2521/2015',
        ),
        /** UN document symbol(s) of the decision, e.g. `[CCPR/C/130/D/2521/2015]`; empty while none is known. */
        symbols: list(documentSymbol, 'the UN document symbols', 'CCPR/C/130/D/2521/2015').default([]),
        /**
         * Authors as the committee published them (initials where it withheld the
         * name), e.g. `[Ermek Narymbaev]`; `null` while no source names them: the
         * page then calls the case "Communication No. 2521/2015".
         */
        authors: z
          .array(personName, {
            error: 'list the authors, one per line, e.g. - Ermek Narymbaev (or write null if no source names them)',
          })
          .min(1, 'list at least one author, or write null if no source names them')
          .nullable(),
        /**
         * How many further authors the decision has who are not listed in `authors`,
         * e.g. `28` for "Toirjon Abdussamatov and 28 other complainants"; `0` when all are listed.
         */
        otherAuthors: count('the number of further authors not listed', 28).default(0),
        /** People on whose behalf the authors complained (a son, a brother), as the committee published them. */
        onBehalfOf: z.array(personName, { error: 'list the names, one per line, e.g. - Sobir Nasirov' }).default([]),
        /**
         * The authors' names in Cyrillic, only as a source spells them (the Russian
         * version of the decision, Russian- or Kazakh-language press), in the order
         * of `authors`, with that source; `null` where no source gives them: every
         * language then uses the Latin spelling.
         */
        authorsCyrillic: z
          .strictObject(
            {
              names: list(personName, 'the names in Cyrillic, in the order of authors', 'Ермек Нарымбаев').min(
                1,
                'list at least one name in Cyrillic, in the order of authors',
              ),
              source: makeSource(reference),
            },
            { error: 'write names: (a list) and source: (url and label) under authorsCyrillic' },
          )
          .nullable()
          .default(null),
        /** Counsel or organisation that represented the authors; `null` when not represented or not known. */
        counsel: z
          .string({ error: 'write the name of the counsel or organisation, or null' })
          .min(1, 'empty: write the name of the counsel or organisation, or null')
          .refine(
            (text) =>
              !/\b(not (named|shown|known|recorded)|unknown|stored|in RFE\/RL)\b|\((per|according to|source:?) [^)]*\)/i.test(
                text,
              ),
            {
              error: 'write only the counsel’s name and organisation; put notes on it in verification.openQuestions',
            },
          )
          .nullable()
          .default(null),
        /** Day the complaint was first submitted (`YYYY-MM-DD`), or `null`. */
        submitted: isoDay.nullable().default(null),
        /** Day the committee adopted the decision (`YYYY-MM-DD`), or `null`. */
        adopted: isoDay.nullable().default(null),
        /** Day the decision was transmitted to the State (`YYYY-MM-DD`), or `null` when not known. */
        transmitted: isoDay.nullable().default(null),
        /** Number of the committee session that adopted it, e.g. `130`, or `null`. */
        session: wholeNumber('the session that adopted it', 130).nullable().default(null),
        /** `views` (on the merits), `inadmissibility` or `discontinuance`; `null` when not established. */
        type: oneOf(DECISION_TYPES).nullable().default(null),
        /** What the committee found: violation, no-violation, inadmissible, discontinued; `null` = not yet recorded. */
        outcome: oneOf(OUTCOMES).nullable().default(null),
        /** Subject matter as headed in the document, e.g. "Sanction for participating in a peaceful assembly". */
        subject: text('the subject matter as the document heads it', 'Sanction for participating in a peaceful assembly')
          .nullable()
          .default(null),
        /** Procedural issues as headed in the document; `[]` when it says none; `null` when not known. */
        proceduralIssues: list(
          text('a procedural issue as the document heads it', 'Exhaustion of domestic remedies'),
          'the procedural issues as the document heads them',
          'Exhaustion of domestic remedies',
        )
          .nullable()
          .default(null),
        /** Substantive issues as headed in the document; `null` when not known. */
        substantiveIssues: list(
          text('a substantive issue as the document heads it', 'Freedom of expression'),
          'the substantive issues as the document heads them',
          'Freedom of expression',
        )
          .nullable()
          .default(null),
        /** Articles the authors invoked, as written: `14(3)(d)`, `21 read with 26`. `null` when not known. */
        articlesInvoked: list(article, 'the articles the authors invoked', "'14(3)(d)'").nullable().default(null),
        /** Articles the committee found violated; `[]` = none; `null` = not yet recorded. */
        articlesViolated: list(article, 'the articles the committee found violated', "'19'").nullable().default(null),
        /** Remedies the committee asked for, each with its status; `null` = not yet recorded. */
        remedies: list(remedySchema, 'the remedies the committee asked for', 'kind: compensation').nullable().default(null),
        /** Whether the committee asked the State to publish the decision; `null` when not known. */
        publicationRequested: yesOrNo('whether the committee asked the State to publish the decision').nullable().default(null),
        /**
         * Days the decision gives the State to report on measures taken (usually 180), as read in
         * the same source as the outcome; `null` when not recorded (the committee's rule then applies, if it has one).
         */
        followUpDays: wholeNumber('the days the State has to report', 180).nullable().default(null),
        /** Where the facts were read; the UN document first where there is one. At least one. */
        sources: list(makeSource(reference), 'the sources, each with url: https://... and label: ...', 'url: https://...').min(
          1,
          'list at least one source with its https address and a label',
        ),
        /** The language the body (the summary) is written in: kk, ru or en. Other languages go in src/content/translations/. */
        language: oneOf(LANGUAGES).default('en'),
        /** What is verified and what is missing. */
        verification: makeVerificationSchema(reference).default({
          uncertain: false,
          outcomeSource: null,
          outcomeReportedBy: [],
          outcomeBasis: null,
          checkedAgainst: null,
          openQuestions: null,
        }),
      })
      // Runs even when a field failed its pattern (Zod goes on after such a problem), so each
      // comparison first makes sure the values it compares are well formed.
      .superRefine((entry, ctx) => {
        if (isDay(entry.submitted) && isDay(entry.adopted) && entry.adopted < entry.submitted) {
          ctx.addIssue({
            code: 'custom',
            path: ['adopted'],
            message: `adopted must be on or after submitted: ${entry.adopted} is before ${entry.submitted}`,
          });
        }
        if (isDay(entry.adopted) && isDay(entry.transmitted) && entry.transmitted < entry.adopted) {
          ctx.addIssue({
            code: 'custom',
            path: ['transmitted'],
            message: `transmitted must be on or after adopted: ${entry.transmitted} is before ${entry.adopted}`,
          });
        }
        const committee = typeof entry.committee === 'object' ? entry.committee.id : undefined;
        entry.symbols.forEach((symbol, index) => {
          const number = firstNumberOf(symbol);
          if (number === null) return;
          const body = symbol.split('/')[0];
          if (committee && body !== committee) {
            ctx.addIssue({
              code: 'custom',
              path: ['symbols', index],
              message: `${symbol} belongs to ${body}, but committee is ${committee}: correct one of them`,
            });
          }
          if (!entry.communications.includes(number)) {
            ctx.addIssue({
              code: 'custom',
              path: ['symbols', index],
              message: `${symbol} names communication ${number}, which is not listed in communications`,
            });
          }
        });
        if (entry.authorsCyrillic && entry.authors && entry.authorsCyrillic.names.length !== entry.authors.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['authorsCyrillic', 'names'],
            message: `authorsCyrillic lists ${entry.authorsCyrillic.names.length} name(s) but authors lists ${entry.authors.length}: give one Cyrillic spelling per author, in the same order`,
          });
        }
        const { outcomeSource, outcomeReportedBy } = entry.verification;
        if (entry.outcome !== null && outcomeSource === null) {
          ctx.addIssue({
            code: 'custom',
            path: ['verification', 'outcomeSource'],
            message: `outcome is ${entry.outcome}: say where it was read with verification.outcomeSource: ${OUTCOME_SOURCES.join(', ')}`,
          });
        }
        if (entry.outcome === null && outcomeSource !== null) {
          ctx.addIssue({
            code: 'custom',
            path: ['verification', 'outcomeSource'],
            message: 'outcome is null (not recorded), so verification.outcomeSource must be null too',
          });
        }
        if (outcomeSource === 'secondary' && outcomeReportedBy.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['verification', 'outcomeReportedBy'],
            message: 'the outcome comes from a secondary source: name who reports it, e.g. outcomeReportedBy: [ccpr-centre]',
          });
        }
        if (outcomeSource !== 'secondary' && outcomeReportedBy.length > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['verification', 'outcomeReportedBy'],
            message:
              'outcomeReportedBy is only for an outcome from a secondary source: remove it, or write outcomeSource: secondary',
          });
        }
        if (entry.outcome === 'violation' && entry.articlesViolated?.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['articlesViolated'],
            message: 'outcome is violation but articlesViolated is empty: list the articles, or write null if not yet recorded',
          });
        }
      })
  );
}

/** The decision schema for tools and tests outside Astro. */
export const decisionSchema = makeDecisionSchema(plainReference);
export type Decision = z.infer<typeof decisionSchema>;
