/**
 * Where a decision's finding comes from, for every place that shows the
 * finding: pages, lists, charts, feeds, downloads and citations. A finding
 * never appears without its basis.
 */
import type { Decision, OutcomeSource } from '../schemas/decision.ts';

/** Where the outcome was read, or `not-recorded` while no outcome is recorded. */
export type FindingBasis = OutcomeSource | 'not-recorded';

/** From the strongest basis to the weakest, as statistics and legends list them. */
export const FINDING_BASES: readonly FindingBasis[] = [
  'operative-part',
  'document-header',
  'secondary',
  'inferred',
  'not-recorded',
];

export function findingBasis(decision: Pick<Decision, 'outcome' | 'verification'>): FindingBasis {
  if (decision.outcome === null) return 'not-recorded';
  // The schema requires a source for every outcome; a missing one is read as the weakest.
  return decision.verification.outcomeSource ?? 'inferred';
}

/**
 * Whether readers are cautioned: the outcome is not recorded, or rests on a
 * secondary source or an inference, or the editors marked the entry uncertain.
 */
export function isUncertain(decision: Pick<Decision, 'outcome' | 'verification'>): boolean {
  const basis = findingBasis(decision);
  return decision.verification.uncertain || basis === 'not-recorded' || basis === 'secondary' || basis === 'inferred';
}

/** The ids of the publishers that report the finding, for a secondary basis. */
export function reporterIds(decision: Pick<Decision, 'verification'>): string[] {
  return decision.verification.outcomeReportedBy.map((ref) => ref.id);
}

type Words = {
  /** The basis in words, with `{reporters}` filled for a secondary one. */
  basis: (basis: FindingBasis, reporters: string) => string;
  /** "A, B and C" in the reader's language. */
  list: (names: readonly string[]) => string;
};

/**
 * The basis of a finding as readers see it beside the finding: "as reported by
 * CCPR Centre", "in the decision's header"; `null` for an outcome not recorded.
 */
export function basisText(
  decision: Pick<Decision, 'outcome' | 'verification'>,
  publisherName: (id: string) => string,
  words: Words,
): string | null {
  const basis = findingBasis(decision);
  if (basis === 'not-recorded') return null;
  return words.basis(basis, words.list(reporterIds(decision).map(publisherName)));
}

/** How many of `decisions` rest on each basis, strongest first, leaving out bases with none. */
export function basisCounts(decisions: readonly { data: Pick<Decision, 'outcome' | 'verification'> }[]) {
  const counts = new Map<FindingBasis, number>();
  for (const entry of decisions) {
    const basis = findingBasis(entry.data);
    counts.set(basis, (counts.get(basis) ?? 0) + 1);
  }
  return FINDING_BASES.filter((basis) => counts.has(basis)).map((basis) => ({ basis, count: counts.get(basis)! }));
}
