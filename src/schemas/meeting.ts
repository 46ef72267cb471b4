/**
 * A meeting of the Interministerial Working Group (IWG) on the requests and Views
 * of treaty bodies, convened by the Ministry of Justice. One Markdown file per
 * meeting in `src/content/meetings/`, named `iwg-<number>.md`; the body says what
 * was discussed in plain words.
 */
import { z } from 'astro/zod';
import { count, isoDay, list, makeSource, plainReference, text, wholeNumber, type ReferenceFactory } from './common.ts';

export function makeMeetingSchema(reference: ReferenceFactory) {
  return z.strictObject({
    /** Sequence number of the meeting, e.g. `16`. */
    number: wholeNumber('the meeting number', 16),
    /** Day of the meeting (`YYYY-MM-DD`), or `null` when not known. */
    date: isoDay.nullable(),
    /** Published decisions considered, by file name, e.g. `[ccpr-2521-2015]`. */
    decisions: list(reference('decisions'), 'the decisions by file name', 'ccpr-2521-2015').default([]),
    /** How many confidential requests (pending communications) were also considered, without names. */
    confidentialRequests: count('the number of confidential requests considered', 2).nullable().default(null),
    /** What the meeting concluded, in one sentence, or `null` when not published. */
    outcome: text('what the meeting concluded, in one sentence', 'The group prepared the position on ccpr-2521-2015.')
      .nullable()
      .default(null),
    /** Where this was read. At least one. */
    sources: z
      .array(makeSource(reference), { error: 'list the sources, each with url: https://... and label: ...' })
      .min(1, 'list at least one source with its https address and a label'),
  });
}

export const meetingSchema = makeMeetingSchema(plainReference);
export type Meeting = z.infer<typeof meetingSchema>;
