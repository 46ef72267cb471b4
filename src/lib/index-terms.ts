/**
 * The facts of a decision that readers search by, for the full-text index:
 * the committee's code, the year, the communication numbers and document
 * symbols, the authors' names in the other script, the counsel, the subject
 * and the issues. The decision page gives them to Pagefind once, in a line
 * neither shown nor read aloud, and leaves the rest of its key facts (labels,
 * dates, session, type) out of the index: the same on every page, they
 * doubled Pagefind's work. The line can become a search
 * result's excerpt, so each part is a short sentence, labelled where a bare
 * value would not say what it is.
 */
import type { Decision } from '../schemas/decision.ts';
import { transliterations } from './transliterate.ts';

/** The labels that may be translated: the page passes them in the reader's language. */
type Labels = Pick<Decision, 'subject' | 'proceduralIssues' | 'substantiveIssues'>;

export type IndexTerm = {
  /** The key of the fact's label in the interface dictionaries, where the value needs one. */
  label?: 'decision.counsel' | 'decision.subject' | 'decision.proceduralIssues' | 'decision.substantiveIssues';
  text: string;
};

export function indexTerms(decision: Decision, labels: Labels, committeeCode: string, year: number | null): IndexTerm[] {
  const terms: IndexTerm[] = [
    {
      text: [committeeCode, ...(year === null ? [] : [String(year)]), ...decision.communications, ...decision.symbols].join(' '),
    },
    // Names only: an organisation's name spelt out in the other script means nothing.
    { text: transliterations([...(decision.authors ?? []), ...decision.onBehalfOf]).join(', ') },
  ];
  if (decision.counsel) terms.push({ label: 'decision.counsel', text: decision.counsel });
  if (labels.subject) terms.push({ label: 'decision.subject', text: labels.subject });
  if (labels.proceduralIssues?.length)
    terms.push({ label: 'decision.proceduralIssues', text: labels.proceduralIssues.join('; ') });
  if (labels.substantiveIssues?.length)
    terms.push({ label: 'decision.substantiveIssues', text: labels.substantiveIssues.join('; ') });
  return terms.filter((term) => term.text !== '');
}
