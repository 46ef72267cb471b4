/**
 * The shape of the open-data downloads, built from the collection schemas so
 * the published JSON Schema can never drift from what editors write. Links
 * between entries become plain ids; each download adds what the portal works
 * out (address, follow-up status, reply deadline). The meaning of each field
 * of the records is `data.field.<download>.<field>` in the dictionaries of
 * `src/i18n/`, published with the data as the field's description in the JSON
 * Schema (`src/lib/download-fields.ts`).
 */
import { z } from 'astro/zod';
import { COMMITTEE_CODES, isoDay, LANGUAGES, SOURCE_TYPES } from './common.ts';
import { decisionSchema, OUTCOME_SOURCES } from './decision.ts';
import { followupSchema } from './followup.ts';
import { meetingSchema } from './meeting.ts';
import { FOLLOW_UP_STATUSES } from '../lib/follow-up.ts';

/** The licence of the downloads, stated in each file and on the data page. */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

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
  .strictObject({
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
    replyPeriodEnds: isoDay.nullable(),
  })
  .describe('One committee decision on a complaint against Kazakhstan, as published on the portal.');
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

const followupBase = followupSchema.options[0].shape;

export const followupRecordSchema = z
  .strictObject({
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
  })
  .describe('One event after a decision: a State position, a committee assessment, a domestic measure, a report...');
export type FollowupRecord = z.infer<typeof followupRecordSchema>;

export const meetingRecordSchema = z
  .strictObject({
    id: z.string(),
    ...meetingSchema.shape,
    decisions: z.array(z.string()),
    sources: z.array(sourceRecord),
  })
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

/**
 * The JSON Schema (draft 2020-12) of a download, generated from the Zod schema above; the
 * published one adds each field's meaning (`downloadSchema` in `src/lib/download-fields.ts`).
 */
export function jsonSchemaOf(schema: z.ZodType, id: string) {
  return { $id: id, ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) };
}
