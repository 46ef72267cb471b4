/**
 * Who published a source: the UN, a State body, an NGO, a newspaper... One
 * Markdown file per publisher in `src/content/publishers/`, named in lower case
 * with hyphens (`ccpr-centre.md`). Pages name a source by its publisher in the
 * reader's language, and a finding reported by a publisher says so ("reported
 * by CCPR Centre"). Translations of the name go in
 * `src/content/translations/<language>/publishers/<file name>`.
 */
import { z } from 'astro/zod';
import { httpsUrl, list, oneOf } from './common.ts';

/** What kind of body a publisher is; readers are told whether a finding comes from the UN or is reported by others. */
export const PUBLISHER_KINDS = ['un', 'state', 'ngo', 'press', 'academic', 'other'] as const;
export type PublisherKind = (typeof PUBLISHER_KINDS)[number];

export const publisherSchema = z.strictObject({
  /** The publisher's name in English, as it names itself, e.g. "CCPR Centre". */
  name: z.string({ error: 'write the publisher’s name, e.g. CCPR Centre' }).min(1, 'write the publisher’s name'),
  /** un, state, ngo, press, academic or other. */
  kind: oneOf(PUBLISHER_KINDS),
  /** Its home page, e.g. https://ccprcentre.org, or `null`. */
  url: httpsUrl.nullable().default(null),
  /**
   * The web hosts whose pages it publishes, without `www.`, e.g. `[ccprcentre.org]`:
   * a source at such an address is credited to it without naming it.
   */
  hosts: list(
    z
      .string({ error: 'write a host name in lower case without https:// or www., e.g. ccprcentre.org' })
      .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'write a host name in lower case without https:// or www., e.g. ccprcentre.org'),
    'the host names',
    'ccprcentre.org',
  ).default([]),
});
export type Publisher = z.infer<typeof publisherSchema>;
