/**
 * The shape of the open-data downloads, built from the collection schemas so
 * the published JSON Schema can never drift from what editors write. Links
 * between entries become plain ids; each download adds what the portal works
 * out (address, follow-up status, reply deadline). Descriptions here are the
 * field documentation published with the data.
 */
import { z } from 'astro/zod';
import { COMMITTEE_CODES, LANGUAGES } from './common.ts';
import { decisionSchema } from './decision.ts';
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
  authors: 'Authors as the committee published them (initials where it withheld the name).',
  counsel: 'Counsel or organisation that represented the authors; null when not known.',
  submitted: 'Day the complaint was first submitted (YYYY-MM-DD); null when not known.',
  adopted: 'Day the committee adopted the decision (YYYY-MM-DD); null when not known.',
  transmitted: 'Day the decision was transmitted to the State (YYYY-MM-DD); null when not known.',
  session: 'Committee session that adopted the decision; null when not known.',
  type: 'views (on the merits), inadmissibility or discontinuance; null when not established.',
  outcome: 'violation, no-violation, inadmissible or discontinued; null when not yet recorded.',
  subject: 'Subject matter as headed in the document; null when not known.',
  proceduralIssues: 'Procedural issues as headed in the document; [] when it says none; null when not known.',
  substantiveIssues: 'Substantive issues as headed in the document; null when not known.',
  articlesInvoked: 'Articles the authors invoked, as written (14(3)(d), 21 read with 26); null when not known.',
  articlesViolated: 'Articles the committee found violated; [] = none; null = not yet recorded.',
  remedies: 'Remedies the committee asked for, each with its implementation status; null = not yet recorded.',
  publicationRequested: 'Whether the committee asked the State to publish the decision; null when not known.',
  followUpDays: 'Days the State has to report on measures taken, where the decision says so.',
  sources: 'Where the facts were read: address and label of each source, the UN document first.',
  language: 'Language of the summary in the entry (kk, ru or en).',
  verification:
    'What is verified: uncertain (true when part of the entry rests on a secondary source), outcome basis, what it was checked against, open questions.',
  summary: 'Plain-language summary by the portal editors, in Markdown, by language (kk, ru, en) where written.',
  followUpStatus: `Follow-up status worked out from the follow-up entries: ${FOLLOW_UP_STATUSES.join(', ')}.`,
  replyDue:
    'Day the State’s reply is due (180 days, or followUpDays, after transmittal, else after adoption); null when no deadline applies.',
  replyDueFrom: 'What the reply deadline counts from: transmitted or adopted; null when no deadline applies.',
};

const described = <T extends z.ZodRawShape>(shape: T, docs: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, docs[key] ? (schema as z.ZodType).describe(docs[key]!) : schema]),
  ) as T;

const summaries = z.partialRecord(z.enum(LANGUAGES), z.string());

export const decisionRecordSchema = z
  .strictObject(
    described(
      {
        id: z.string(),
        url: z.url(),
        ...decisionSchema.shape,
        committee: z.enum(COMMITTEE_CODES),
        summary: summaries,
        followUpStatus: z.enum(FOLLOW_UP_STATUSES),
        replyDue: z.string().nullable(),
        replyDueFrom: z.enum(['transmitted', 'adopted']).nullable(),
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
  sources: 'Where it was read: address and label of each source.',
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
        sources: followupBase.sources,
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
      },
      {
        id: 'Stable identifier of the meeting (its file name).',
        number: 'Sequence number of the meeting.',
        date: 'Day of the meeting (YYYY-MM-DD); null when not known.',
        decisions: 'Ids of the published decisions it considered.',
        confidentialRequests: 'How many confidential requests it also considered, without names; null when not known.',
        outcome: 'What it concluded, in one sentence; null when not published.',
        sources: 'Where this was read.',
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
