/**
 * The one place where the portal's collections are declared. Each schema lives
 * in its own module under `src/schemas/` and is shared with the editor tools
 * and the tests; here it only receives Astro's `reference()`. Every entry is
 * read by `markdownEntries` (src/lib/content-loader.ts), with the same reader
 * as the editors' validator.
 */
import { defineCollection, reference } from 'astro:content';
import { markdownEntries } from './lib/content-loader.ts';
import { makeCommitteeSchema } from './schemas/committee.ts';
import type { ReferenceFactory } from './schemas/common.ts';
import { makeDecisionSchema } from './schemas/decision.ts';
import { makeFollowupSchema } from './schemas/followup.ts';
import { makeMeetingSchema } from './schemas/meeting.ts';
import { publisherSchema } from './schemas/publisher.ts';
import { translationSchema } from './schemas/translation.ts';

const astroReference = reference as unknown as ReferenceFactory;

/** Where the content lives; the hostile-content test points it at a fixture. */
const CONTENT = process.env.PORTAL_CONTENT ?? './src/content';

/** Editors write Markdown only: MDX would run code at build time. */
const markdownIn = (folder: string) => markdownEntries({ base: `${CONTENT}/${folder}` });

export const collections = {
  committees: defineCollection({
    // The id is the committee code (CCPR), so entries refer to it as editors write it.
    loader: markdownEntries({ base: `${CONTENT}/committees`, id: (_path, data) => String(data.code) }),
    schema: makeCommitteeSchema(astroReference),
  }),
  decisions: defineCollection({ loader: markdownIn('decisions'), schema: makeDecisionSchema(astroReference) }),
  followups: defineCollection({ loader: markdownIn('followups'), schema: makeFollowupSchema(astroReference) }),
  meetings: defineCollection({ loader: markdownIn('meetings'), schema: makeMeetingSchema(astroReference) }),
  publishers: defineCollection({ loader: markdownIn('publishers'), schema: publisherSchema }),
  // The id keeps the path as written, `kk/decisions/ccpr-2521-2015`, so it names its original.
  translations: defineCollection({
    loader: markdownEntries({ base: `${CONTENT}/translations`, depth: 3 }),
    schema: translationSchema,
  }),
};
