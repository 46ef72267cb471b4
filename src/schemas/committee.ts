/**
 * A treaty body whose individual complaints procedure Kazakhstan accepted.
 * One Markdown file per committee in `src/content/committees/`, named after its
 * code in lower case (`ccpr.md`); the body introduces the committee to readers.
 */
import { z } from 'astro/zod';
import {
  COMMITTEE_CODES,
  isoDay,
  list,
  makeSource,
  oneOf,
  plainReference,
  text,
  wholeNumber,
  type ReferenceFactory,
} from './common.ts';

export function makeCommitteeSchema(reference: ReferenceFactory) {
  const source = makeSource(reference);
  return z.strictObject({
    /** The committee's code, also used in document symbols: one of CCPR, CAT, CEDAW, CERD, CRPD, CRC. */
    code: oneOf(COMMITTEE_CODES),
    /** Full name, e.g. "Human Rights Committee". */
    name: text("the committee's full name", 'Human Rights Committee'),
    /** The treaty the committee monitors, e.g. "International Covenant on Civil and Political Rights". */
    treaty: text('the treaty the committee monitors', 'International Covenant on Civil and Political Rights'),
    /** The instrument that lets individuals complain, e.g. "First Optional Protocol to the ICCPR". */
    procedure: text('the instrument that lets individuals complain', 'First Optional Protocol to the ICCPR'),
    /**
     * The day Kazakhstan accepted the individual procedure (`YYYY-MM-DD`), or
     * `null` while no source in the record states it.
     */
    accepted: isoDay.nullable().default(null),
    /**
     * The period the committee's own rules (its treaty, optional protocol or rules
     * of procedure) give the State to inform it of the measures taken after a
     * decision finding a violation, counted from the decision's transmittal to the
     * State; `null` where no such rule is recorded (then only a period stated in
     * the decision itself is shown). A period a decision states comes first.
     */
    replyPeriod: z
      .strictObject(
        {
          /** The period in days, e.g. `90`; give either days or months. */
          days: wholeNumber('the period in days', 90).optional(),
          /** The period in months, e.g. `6`; give either days or months. */
          months: wholeNumber('the period in months', 6).optional(),
          /** The provision that states it, in English, e.g. "Optional Protocol, article 7(4)". */
          provision: text('the provision that states it, in English', 'Optional Protocol, article 7(4)'),
          /** Where the provision's text was read. */
          source,
        },
        { error: 'write replyPeriod as days or months, provision and source, or null' },
      )
      .refine((period) => (period.days === undefined) !== (period.months === undefined), {
        error: 'give the reply period in days or in months, not both and not neither',
      })
      .nullable()
      .default(null),
    /** Where the facts above were read. May be empty for facts taken from DOMAIN.md. */
    sources: list(source, 'the sources', 'url: https://...').default([]),
  });
}

/** The committee schema for tools and tests outside Astro. */
export const committeeSchema = makeCommitteeSchema(plainReference);
export type Committee = z.infer<typeof committeeSchema>;
