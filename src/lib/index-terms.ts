/**
 * The facts of a decision that readers search by, for the full-text index:
 * the committee's code, the year, the communication numbers and document
 * symbols, the authors' names in the other script, the counsel, the subject
 * and the issues. The decision page gives them to Pagefind once, as metadata
 * that a search finds but that never becomes a result's excerpt, and leaves
 * the rest of its key facts (labels, dates, session, type) out of the index:
 * the same on every page, they doubled Pagefind's work.
 */
import type { Decision } from '../schemas/decision.ts';
import { transliterations } from './transliterate.ts';

/** The labels that may be translated: the page passes them in the reader's language. */
type Labels = Pick<Decision, 'counsel' | 'subject' | 'proceduralIssues' | 'substantiveIssues'>;

export function indexTerms(decision: Decision, labels: Labels, committeeCode: string, year: number | null): string[] {
  return [
    [committeeCode, ...(year === null ? [] : [String(year)]), ...decision.communications, ...decision.symbols].join(' '),
    // Names only: an organisation's name spelt out in the other script means nothing.
    transliterations([...(decision.authors ?? []), ...decision.onBehalfOf]).join(', '),
    labels.counsel ?? '',
    labels.subject ?? '',
    (labels.proceduralIssues ?? []).join('; '),
    (labels.substantiveIssues ?? []).join('; '),
  ].filter((term) => term !== '');
}
