/**
 * A treaty body whose individual complaints procedure Kazakhstan accepted.
 * One Markdown file per committee in `src/content/committees/`, named after its
 * code in lower case (`ccpr.md`); the body introduces the committee to readers.
 */
import { z } from 'astro/zod';
import { COMMITTEE_CODES, isoDay, source } from './common.ts';

export const committeeSchema = z.strictObject({
  /** The committee's code, also used in document symbols: one of CCPR, CAT, CEDAW, CERD, CRPD, CRC. */
  code: z.enum(COMMITTEE_CODES, { error: `write one of ${COMMITTEE_CODES.join(', ')}` }),
  /** Full name, e.g. "Human Rights Committee". */
  name: z.string().min(1),
  /** The treaty the committee monitors, e.g. "International Covenant on Civil and Political Rights". */
  treaty: z.string().min(1),
  /** The instrument that lets individuals complain, e.g. "First Optional Protocol to the ICCPR". */
  procedure: z.string().min(1),
  /**
   * The day Kazakhstan accepted the individual procedure (`YYYY-MM-DD`), or
   * `null` while no source in the record states it.
   */
  accepted: isoDay.nullable().default(null),
  /** Where the facts above were read. May be empty for facts taken from DOMAIN.md. */
  sources: z.array(source).default([]),
});

export type Committee = z.infer<typeof committeeSchema>;
