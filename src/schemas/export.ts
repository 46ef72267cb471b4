/**
 * The shape of the open-data downloads, built from the collection schemas so
 * the published JSON Schema can never drift from what editors write. Links
 * between entries become plain ids; each download adds what the portal works
 * out (address, follow-up status, reply deadline). Descriptions here are the
 * field documentation published with the data.
 */
import { z } from 'astro/zod';
import { COMMITTEE_CODES, LANGUAGES, SOURCE_TYPES } from './common.ts';
import { decisionSchema, OUTCOME_SOURCES } from './decision.ts';
import { followupSchema } from './followup.ts';
import { meetingSchema } from './meeting.ts';
import { FOLLOW_UP_STATUSES } from '../lib/follow-up.ts';

/** The licence of the downloads, stated in each file and on the data page. */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

const DECISION_FIELDS: Record<string, string> = {
  id: 'Stable identifier of the entry: committee and first communication number, e.g. ccpr-2521-2015.',
  url: 'Address of the decision page in English; /kk/ and /ru/ give the other languages.',
  committee: 'Code of the committee that decided: CCPR, CAT, CEDAW, CERD, CRPD or CRC.',
  communications: 'Communication numbers decided together, as number/year.',
  symbols: 'UN document symbols of the decision; empty when none is known.',
  authors: 'Authors as the committee published them (initials where it withheld the name); null when no source names them.',
  otherAuthors: 'How many further authors the decision has who are not listed in authors.',
  onBehalfOf: 'People on whose behalf the authors complained, as the committee published them.',
  authorsCyrillic:
    'The authors’ names in Cyrillic as a source spells them, in the order of authors, with that source; null where no source gives them.',
  counsel: 'Counsel or organisation that represented the authors; null when not known.',
  submitted: 'Day the complaint was first submitted (YYYY-MM-DD); null when not known.',
  adopted: 'Day the committee adopted the decision (YYYY-MM-DD); null when not known.',
  transmitted: 'Day the decision was transmitted to the State (YYYY-MM-DD); null when not known.',
  session: 'Committee session that adopted the decision; null when not known.',
  type: 'views (on the merits), inadmissibility or discontinuance; null when not established.',
  outcome:
    'violation, no-violation, inadmissible or discontinued; null when not yet recorded. Always read it with outcomeSource.',
  outcomeSource:
    'Where the outcome was read: operative-part (the decision’s own conclusions), document-header (the decision’s header), secondary (reported by an NGO, the CCPR Centre or the press, not checked against the decision) or inferred (from the document’s title or labels); null when no outcome is recorded.',
  outcomeReportedBy: 'For a secondary outcome: the names of those who report it, e.g. CCPR Centre.',
  uncertain:
    'true when the outcome is not recorded, rests on a secondary source or an inference, or sources disagree: rely on the official document.',
  subject: 'Subject matter as headed in the document; null when not known.',
  proceduralIssues: 'Procedural issues as headed in the document; [] when it says none; null when not known.',
  substantiveIssues: 'Substantive issues as headed in the document; null when not known.',
  articlesInvoked: 'Articles the authors invoked, as written (14(3)(d), 21 read with 26); null when not known.',
  articlesViolated: 'Articles the committee found violated; [] = none; null = not yet recorded.',
  remedies: 'Remedies the committee asked for, each with its implementation status; null = not yet recorded.',
  publicationRequested: 'Whether the committee asked the State to publish the decision; null when not known.',
  followUpDays:
    'Days the decision gives the State to report on measures taken, as read in the source of its outcome; null when not recorded.',
  sources:
    'Where the facts were read: address, label, kind of document, publisher (by name) and whether it is a copy published elsewhere; the UN document first.',
  language: 'Language of the summary in the entry (kk, ru or en).',
  summary: 'Plain-language summary by the portal editors, in Markdown, by language (kk, ru, en) where written.',
  followUpStatus: `Follow-up status worked out from the follow-up entries: ${FOLLOW_UP_STATUSES.join(', ')}. no-reply-recorded means only that no source for a reply is recorded.`,
  replyPeriod:
    'The period the State was given to report on measures taken, as an ISO 8601 duration (P180D, P6M), where a source states one: the decision (followUpDays) or the committee’s rules; null otherwise.',
  replyPeriodBasis: 'Where the period is stated: decision or committee-rule; null when no source states one.',
  replyPeriodFrom:
    'What replyPeriodEnds is counted from: transmitted (the day the decision was sent to the State) or adopted, used when the transmittal is not recorded (the period then cannot end earlier); null when no period is stated.',
  replyPeriodEnds: 'Last day of the period, counted from replyPeriodFrom (YYYY-MM-DD); null when no period is stated.',
};

const described = <T extends z.ZodRawShape>(shape: T, docs: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, docs[key] ? (schema as z.ZodType).describe(docs[key]!) : schema]),
  ) as T;

const summaries = z.partialRecord(z.enum(LANGUAGES), z.string());

/** A source as published in the downloads: its publisher by name. */
const sourceRecord = z.strictObject({
  url: z.string(),
  label: z.string(),
  type: z.enum(SOURCE_TYPES).optional(),
  publisher: z.string().optional(),
  copy: z.boolean().optional(),
});

const { verification: _editorsNotes, sources: _sources, authorsCyrillic: _cyrillic, ...decisionFields } = decisionSchema.shape;

export const decisionRecordSchema = z
  .strictObject(
    described(
      {
        id: z.string(),
        url: z.url(),
        ...decisionFields,
        authorsCyrillic: z.strictObject({ names: z.array(z.string()), source: sourceRecord }).nullable(),
        committee: z.enum(COMMITTEE_CODES),
        outcomeSource: z.enum(OUTCOME_SOURCES).nullable(),
        outcomeReportedBy: z.array(z.string()),
        uncertain: z.boolean(),
        sources: z.array(sourceRecord),
        summary: summaries,
        followUpStatus: z.enum(FOLLOW_UP_STATUSES),
        replyPeriod: z.string().nullable(),
        replyPeriodBasis: z.enum(['decision', 'committee-rule']).nullable(),
        replyPeriodFrom: z.enum(['transmitted', 'adopted']).nullable(),
        replyPeriodEnds: z.string().nullable(),
      },
      DECISION_FIELDS,
    ),
  )
  .describe('One committee decision on a complaint against Kazakhstan, as published on the portal.');
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

const FOLLOWUP_FIELDS: Record<string, string> = {
  id: 'Stable identifier of the entry (its file name).',
  kind: 'What it is: mechanism-step, state-position (submitted by the State), committee-assessment, committee-document, domestic-measure, comment, government-statement or media-report.',
  decisions: 'Ids of the decisions it concerns; empty when it concerns the record as a whole.',
  date: 'When it happened: YYYY, YYYY-MM or YYYY-MM-DD; null when no source dates it.',
  title: 'Short factual heading in English.',
  text: 'Plain-language account by the portal editors, in Markdown, by language where written.',
  details:
    'The fields particular to its kind (for example grade, remedyGrades, dialogue for an assessment; measure for a domestic measure).',
  sources: 'Where it was read: address, label, kind of document, publisher (by name) and whether it is a copy.',
  remedies: 'The remedies asked for in the decisions it concerns that it bears on, e.g. compensation.',
  language: 'Language of the title and text in the entry.',
};

const followupBase = followupSchema.options[0].shape;

export const followupRecordSchema = z
  .strictObject(
    described(
      {
        id: z.string(),
        kind: z.enum(followupSchema.options.map((option) => option.shape.kind.value) as [string, ...string[]]),
        decisions: z.array(z.string()),
        date: followupBase.date,
        title: followupBase.title,
        text: summaries,
        details: z.record(z.string(), z.unknown()),
        remedies: followupBase.remedies,
        sources: z.array(sourceRecord),
        language: followupBase.language,
      },
      FOLLOWUP_FIELDS,
    ),
  )
  .describe('One event after a decision: a State position, a committee assessment, a domestic measure, a report...');
export type FollowupRecord = z.infer<typeof followupRecordSchema>;

export const meetingRecordSchema = z
  .strictObject(
    described(
      {
        id: z.string(),
        ...meetingSchema.shape,
        decisions: z.array(z.string()),
        sources: z.array(sourceRecord),
      },
      {
        id: 'Stable identifier of the meeting (its file name).',
        number: 'Sequence number of the meeting.',
        date: 'Day of the meeting (YYYY-MM-DD); null when not known.',
        decisions: 'Ids of the published decisions it considered.',
        confidentialRequests: 'How many confidential requests it also considered, without names; null when not known.',
        outcome: 'What it concluded, in one sentence; null when not published.',
        sources: 'Where this was read: address, label, kind of document, publisher (by name).',
      },
    ),
  )
  .describe('One meeting of the Interministerial Working Group.');
export type MeetingRecord = z.infer<typeof meetingRecordSchema>;

/** Every download wraps its records with the licence, the build day and the count. */
export function collectionFileSchema<T extends z.ZodType>(name: string, records: T, description: string) {
  return z
    .strictObject({
      licence: z.object({ name: z.string(), url: z.url() }).describe('Licence of the data.'),
      built: z.string().describe('Day the data was built (YYYY-MM-DD).'),
      count: z.number().int().nonnegative().describe(`Number of ${name} in the file.`),
      [name]: z.array(records),
    })
    .describe(description);
}

export const DOWNLOADS = {
  decisions: collectionFileSchema('decisions', decisionRecordSchema, 'Every decision published on the portal.'),
  followups: collectionFileSchema('followups', followupRecordSchema, 'Every follow-up event published on the portal.'),
  meetings: collectionFileSchema('meetings', meetingRecordSchema, 'Every Working Group meeting published on the portal.'),
} as const;

/** The JSON Schema (draft 2020-12) of a download, generated from the Zod schema above. */
export function jsonSchemaOf(schema: z.ZodType, id: string) {
  return { $id: id, ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) };
}
