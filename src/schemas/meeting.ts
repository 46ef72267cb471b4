/**
 * A meeting of the Interministerial Working Group (IWG) on the requests and Views
 * of treaty bodies, convened by the Ministry of Justice. One Markdown file per
 * meeting in `src/content/meetings/`, named `iwg-<number>.md`; the body says what
 * was discussed in plain words.
 */
import { z } from 'astro/zod';
import { isoDay, makeSource, plainReference, type ReferenceFactory } from './common.ts';

export function makeMeetingSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** Sequence number of the meeting, e.g. `16`. */
    number: z.number({ error: 'write the meeting number, e.g. 16' }).int().positive(),
    /** Day of the meeting (`YYYY-MM-DD`), or `null` when not known. */
    date: isoDay.nullable(),
    /** Published decisions considered, by file name, e.g. `[ccpr-2521-2015]`. */
    decisions: z.array(reference('decisions')).default([]),
    /** How many confidential requests (pending communications) were also considered, without names. */
    confidentialRequests: z.number().int().nonnegative().nullable().default(null),
    /** What the meeting concluded, in one sentence, or `null` when not published. */
    outcome: z.string().min(1).nullable().default(null),
    /** Where this was read. At least one. */
    sources: z
      .array(makeSource(reference), { error: 'list the sources, each with url: https://... and label: ...' })
      .min(1, 'list at least one source with its https address and a label'),
  });
}

export const meetingSchema = makeMeetingSchema(plainReference);
export type Meeting = z.infer<typeof meetingSchema>;
