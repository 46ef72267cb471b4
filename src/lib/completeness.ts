/**
 * What is missing from each decision entry, so editors know what to complete
 * first. A missing fact is one that no source in the entry states yet (`null`,
 * or no symbol); an entry marked uncertain needs checking against the document.
 */
import { isUncertain } from './provenance.ts';
import type { DecisionEntry } from './decisions.ts';

/** Fields an editor can complete, most important first. */
export const COMPLETABLE_FIELDS = [
  'outcome',
  'symbols',
  'adopted',
  'articlesViolated',
  'remedies',
  'type',
  'submitted',
  'session',
  'subject',
  'articlesInvoked',
] as const;
export type CompletableField = (typeof COMPLETABLE_FIELDS)[number];

export type Gap = {
  id: string;
  missing: CompletableField[];
  uncertain: boolean;
};

/** Whether a field still needs a fact, given what else the entry says. */
function isMissing(entry: DecisionEntry, field: CompletableField): boolean {
  const data = entry.data;
  switch (field) {
    case 'symbols':
      return data.symbols.length === 0;
    // Violated articles and remedies only exist where the committee found a violation (or it is not known yet).
    case 'articlesViolated':
    case 'remedies':
      return data[field] === null && (data.outcome === 'violation' || data.outcome === null);
    default:
      return data[field] === null;
  }
}

export function gapsOf(entry: DecisionEntry): Gap {
  return {
    id: entry.id,
    missing: COMPLETABLE_FIELDS.filter((field) => isMissing(entry, field)),
    uncertain: isUncertain(entry.data),
  };
}

/**
 * Entries with something to complete or check, the most incomplete first
 * (an unknown outcome weighs most), then by id for a stable order.
 */
export function editorsReport(entries: readonly DecisionEntry[]): Gap[] {
  const weight = (gap: Gap) =>
    gap.missing.reduce((sum, field) => sum + (COMPLETABLE_FIELDS.length - COMPLETABLE_FIELDS.indexOf(field)), 0) +
    (gap.uncertain ? COMPLETABLE_FIELDS.length : 0);
  return entries
    .map(gapsOf)
    .filter((gap) => gap.missing.length > 0 || gap.uncertain)
    .sort((a, b) => weight(b) - weight(a) || a.id.localeCompare(b.id));
}
