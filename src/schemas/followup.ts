/**
 * Something that happened on a case after the committee decided: the State's
 * position, a committee's assessment, a domestic measure, a comment by the
 * author or an NGO, a committee document, a public statement or a press report.
 * One Markdown file per event in `src/content/followups/`, named
 * `<decision id>-<date>-<kind>.md`; the body tells what happened in plain words.
 *
 * The `kind` field decides which other fields apply (a discriminated union).
 * Only `state-position` is something the State submitted to a committee.
 */
import { z } from 'astro/zod';
import { LANGUAGES, list, makeSource, oneOf, partialDate, plainReference, text, type ReferenceFactory } from './common.ts';
import { REMEDY_KINDS } from './decision.ts';

export const FOLLOWUP_KINDS = [
  'mechanism-step',
  'state-position',
  'committee-assessment',
  'committee-document',
  'domestic-measure',
  'comment',
  'government-statement',
  'media-report',
] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];

/**
 * A follow-up grade as the Human Rights Committee gives it: A (largely
 * satisfactory) to E (contrary to the recommendation); older reports used
 * sub-grades such as B1 or C2, kept as given.
 */
export const grade = z
  .string({ error: 'write a grade from A to E, e.g. B or B1' })
  .regex(/^[A-E][12]?$/, 'write a grade from A to E, with a sub-grade 1 or 2 where the report gives one, e.g. B1');

export const DOCUMENT_TYPES = ['list-of-issues', 'concluding-observations', 'follow-up-report', 'other'] as const;
export const MEASURE_TYPES = [
  'court-ruling',
  'compensation',
  'legislation',
  'release',
  'investigation',
  'publication',
  'other',
] as const;
export const COMMENT_AUTHORS = ['author', 'counsel', 'ngo'] as const;
/**
 * What a government statement about the record as a whole is about: the Working
 * Group's figures, the positions sent, the State's general position (e.g. on
 * compensation), the measures it reports, the procedure, or a statement at a
 * review such as the Universal Periodic Review.
 */
export const STATEMENT_TOPICS = [
  'working-group-figures',
  'positions-sent',
  'general-position',
  'reported-measures',
  'procedure',
  'review-statement',
] as const;
export type StatementTopic = (typeof STATEMENT_TOPICS)[number];

/** Steps of the national mechanism before the State's position (see the mechanism page). */
export const MECHANISM_STEPS = ['note-verbale-received', 'referred-for-analysis', 'legal-analysis'] as const;

export function makeFollowupSchema(reference: ReferenceFactory) {
  /** Fields every kind has. */
  const base = {
    /**
     * The decision(s) this is about, by file name without `.md`, e.g.
     * `[ccpr-2521-2015]`. Empty when it concerns the record as a whole.
     */
    decisions: list(reference('decisions'), 'the decisions by file name', 'ccpr-2521-2015').default([]),
    /** When it happened: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `null` when no source dates it. */
    date: partialDate.nullable(),
    /** A short factual heading, e.g. "Position of Kazakhstan sent to OHCHR". */
    title: z.string({ error: 'give a short factual title' }).min(1, 'give a short factual title'),
    /** The language the title and body are written in: kk, ru or en. Other languages go in src/content/translations/. */
    language: oneOf(LANGUAGES).default('en'),
    /**
     * The remedies this concerns, e.g. `[compensation]` for a court refusing the
     * compensation a committee asked for; the decision page lists it under that
     * remedy. For a statement about the record as a whole, the remedies it concerns
     * in every decision.
     */
    remedies: list(oneOf(REMEDY_KINDS), 'the remedies', 'compensation').default([]),
    /** Where this was read. At least one, with its https address. */
    sources: list(makeSource(reference), 'the sources, each with url: https://... and label: ...', 'url: https://...').min(
      1,
      'list at least one source with its https address and a label',
    ),
  };

  return z.discriminatedUnion(
    'kind',
    [
      z.strictObject({
        ...base,
        /** A step of the national mechanism on this case: the note verbale received, the referral, the legal analysis. */
        kind: z.literal('mechanism-step'),
        /** Which step: note-verbale-received, referred-for-analysis or legal-analysis. */
        step: oneOf(MECHANISM_STEPS),
      }),
      z.strictObject({
        ...base,
        /** The State's position on the measures taken, sent to OHCHR for the committee. */
        kind: z.literal('state-position'),
        /** The Working Group meeting that prepared it, by file name, or `null`. */
        meeting: reference('meetings').nullable().default(null),
      }),
      z.strictObject({
        ...base,
        /** The committee's assessment of the State's follow-up. */
        kind: z.literal('committee-assessment'),
        /** Symbol of the follow-up report, e.g. `CCPR/C/127/3`, or `null`. */
        document: text("the follow-up report's symbol", 'CCPR/C/127/3').nullable().default(null),
        /** Overall grade where the committee gave one. */
        grade: grade.nullable().default(null),
        /** Grades for individual remedies: `[{ remedy: compensation, grade: C }]`. */
        remedyGrades: list(
          z.strictObject(
            { remedy: oneOf(REMEDY_KINDS), grade },
            { error: 'write each as remedy: ... with its grade: ..., e.g. - remedy: compensation' },
          ),
          'the grades of each remedy',
          'remedy: compensation',
        ).default([]),
        /** Whether the committee keeps the follow-up dialogue open or closed it; `null` when not stated. */
        dialogue: oneOf(['ongoing', 'closed']).nullable().default(null),
        /** When closed: whether implementation was found satisfactory. */
        closure: oneOf(['satisfactory', 'unsatisfactory']).nullable().default(null),
      }),
      z.strictObject({
        ...base,
        /** A committee document that mentions the case: list of issues, concluding observations... */
        kind: z.literal('committee-document'),
        documentType: oneOf(DOCUMENT_TYPES),
        /** Its UN symbol, e.g. `CCPR/C/KAZ/CO/2`, or `null`. */
        document: text("the document's UN symbol", 'CCPR/C/KAZ/CO/2').nullable().default(null),
      }),
      z.strictObject({
        ...base,
        /** Something a State body did at home: a court ruling, compensation paid, a law... */
        kind: z.literal('domestic-measure'),
        measure: oneOf(MEASURE_TYPES),
        /** The body that acted, e.g. "Kostanai city court", or `null`. */
        authority: text('the body that acted', 'Kostanai city court').nullable().default(null),
      }),
      z.strictObject({
        ...base,
        /** A comment by the author, their counsel or an NGO on the State's follow-up. */
        kind: z.literal('comment'),
        by: oneOf(COMMENT_AUTHORS),
        /** The organisation that made it, e.g. "ACAT-France", or `null`. */
        organisation: text('the organisation that made it', 'ACAT-France').nullable().default(null),
      }),
      z.strictObject({
        ...base,
        /** A public statement by a State body; not a submission to a committee. */
        kind: z.literal('government-statement'),
        /** Who made it, e.g. "Ministry of Foreign Affairs". */
        issuer: text('who made it', 'Ministry of Foreign Affairs').nullable().default(null),
        /** For a statement about the record as a whole: what it is about, one of STATEMENT_TOPICS; `null` otherwise. */
        topic: oneOf(STATEMENT_TOPICS).nullable().default(null),
      }),
      z.strictObject({
        ...base,
        /** A press report about the case. */
        kind: z.literal('media-report'),
        /** The outlet, or `null`. */
        outlet: text('the outlet', 'Radio Azattyq').nullable().default(null),
      }),
    ],
    { error: `kind must be one of ${FOLLOWUP_KINDS.join(', ')}` },
  );
}

export const followupSchema = makeFollowupSchema(plainReference);
export type Followup = z.infer<typeof followupSchema>;
