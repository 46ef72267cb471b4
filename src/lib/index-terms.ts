/**
 * The facts of a decision that readers search by, for the full-text index:
 * the committee's code, the year, the communication numbers and document
 * symbols, the authors' and counsel's names in the other script, the subject
 * and the issues. The decision page gives them to Pagefind once, in a line
 * neither shown nor read aloud, and leaves the rest of its key facts (labels,
 * dates, session, type) out of the index: the same on every page, they
 * doubled Pagefind's work (docs/performance.md).
 */
import type { Decision } from '../schemas/decision.ts';
import { transliterations } from './transliterate.ts';

/** The labels that may be translated: the page passes them in the reader's language. */
type Labels = Pick<Decision, 'subject' | 'proceduralIssues' | 'substantiveIssues'>;

export function indexTerms(decision: Decision, labels: Labels, committeeCode: string, year: number | null): string[] {
  const names = decision.counsel ? [...decision.authors, decision.counsel] : decision.authors;
  return [
    committeeCode,
    ...(year === null ? [] : [String(year)]),
    ...decision.communications,
    ...decision.symbols,
    ...(decision.counsel ? [decision.counsel] : []),
    ...transliterations(names),
    ...(labels.subject ? [labels.subject] : []),
    ...(labels.proceduralIssues ?? []),
    ...(labels.substantiveIssues ?? []),
  ];
}
