/**
 * An entry's text in another language. One Markdown file per entry and
 * language, at `src/content/translations/<language>/<collection>/<file name>`,
 * e.g. `translations/kk/decisions/ccpr-2521-2015.md` holds the Kazakh summary
 * of `decisions/ccpr-2521-2015.md`. The body is the translated text; the
 * frontmatter holds the translated labels that the original keeps in its own
 * frontmatter. Facts (dates, numbers, outcome) are never repeated here: they
 * stay in the original entry, so languages cannot disagree on them.
 */
import { z } from 'astro/zod';
import { list, text as textIn } from './common.ts';

export const TRANSLATED_COLLECTIONS = ['committees', 'decisions', 'followups', 'publishers'] as const;

/** A translated label: text on one line. */
const text = textIn('the translated text', 'Свобода выражения мнений');

export const translationSchema = z.strictObject({
  /** Follow-ups: the title in this language. */
  title: text.optional(),
  /** Committees and publishers: the name in this language. */
  name: text.optional(),
  /** Committees: the treaty's name in this language. */
  treaty: text.optional(),
  /** Committees: the complaints procedure in this language. */
  procedure: text.optional(),
  /** Committees: the provision that states the reply period, in this language. */
  replyPeriodProvision: text.optional(),
  /** Decisions: the subject matter in this language (`null` where the original has none). */
  subject: text.nullable().optional(),
  /**
   * Decisions: the counsel in this language, where the original says more than names (`Counsel of the
   * non-governmental organization …`); names with no source for their Cyrillic spelling stay in Latin.
   */
  counsel: text.optional(),
  /** Decisions: the notes of the remedies that have one, in this language, in the original's order. */
  remedyNotes: list(text, "the remedies' notes, in the original's order", 'Возвращение заявителей в Казахстан').optional(),
  /** Decisions: the procedural issues in this language, in the original's order. */
  proceduralIssues: list(text, "the procedural issues, in the original's order", 'Исчерпание внутренних средств')
    .nullable()
    .optional(),
  /** Decisions: the substantive issues in this language, in the original's order. */
  substantiveIssues: list(text, "the substantive issues, in the original's order", 'Свобода выражения мнений')
    .nullable()
    .optional(),
});
export type Translation = z.infer<typeof translationSchema>;

/** Which labels each collection's translations may carry. */
export const TRANSLATABLE_FIELDS: Record<(typeof TRANSLATED_COLLECTIONS)[number], readonly (keyof Translation)[]> = {
  committees: ['name', 'treaty', 'procedure', 'replyPeriodProvision'],
  decisions: ['subject', 'counsel', 'remedyNotes', 'proceduralIssues', 'substantiveIssues'],
  followups: ['title'],
  publishers: ['name'],
};
