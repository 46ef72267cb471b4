/**
 * Ordering, narrowing and counting decisions. Pure functions over entries
 * shaped like Astro's collection entries (`{ id, data }`), so they are tested
 * without Astro.
 */
import { COMMITTEE_CODES } from '../schemas/common.ts';
import type { Decision, Outcome } from '../schemas/decision.ts';
import type { Followup } from '../schemas/followup.ts';
import { linkedTo } from './lookup.ts';
import { memo } from './memo.ts';

export type DecisionEntry = { id: string; data: Decision };
export type FollowupEntry = { id: string; data: Followup };

export const SORT_KEYS = ['adopted', 'committee', 'number'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** `unknown` stands for an outcome not yet recorded. */
export type OutcomeFacet = Outcome | 'unknown';

/** Numeric parts of `2521/2015`: registered in 2015, number 2521. */
function numberParts(communication: string): [year: number, number: number] {
  const [number, year] = communication.split('/').map(Number);
  return [year, number];
}

export function compareCommunications(a: string, b: string): number {
  const [yearA, numberA] = numberParts(a);
  const [yearB, numberB] = numberParts(b);
  return yearA - yearB || numberA - numberB;
}

/** Newest adoption first; undated decisions last; ties broken by number, so order is stable. */
function byAdopted(a: DecisionEntry, b: DecisionEntry): number {
  const dateA = a.data.adopted ?? '';
  const dateB = b.data.adopted ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return byNumber(a, b);
}

function byNumber(a: DecisionEntry, b: DecisionEntry): number {
  return compareCommunications(a.data.communications[0], b.data.communications[0]) || a.id.localeCompare(b.id);
}

function byCommittee(a: DecisionEntry, b: DecisionEntry): number {
  const order = COMMITTEE_CODES.indexOf(a.data.committee.id as never) - COMMITTEE_CODES.indexOf(b.data.committee.id as never);
  return order || byAdopted(a, b);
}

const comparators: Record<SortKey, (a: DecisionEntry, b: DecisionEntry) => number> = {
  adopted: byAdopted,
  committee: byCommittee,
  number: byNumber,
};

/** A sorted copy: by adoption date (newest first), by committee, or by communication number. */
export function sortDecisions<T extends DecisionEntry>(entries: readonly T[], key: SortKey = 'adopted'): T[] {
  return [...entries].sort(comparators[key]);
}

export function yearOf(entry: DecisionEntry): number | null {
  return entry.data.adopted ? Number(entry.data.adopted.slice(0, 4)) : null;
}

/**
 * The interface text key that names a type of decision. The Committee against
 * Torture calls its decisions on the merits "decisions", not "Views".
 */
export function typeKey(
  type: NonNullable<Decision['type']>,
  committee: string,
): `type.${NonNullable<Decision['type']>}` | 'type.views.cat' {
  return type === 'views' && committee === 'CAT' ? 'type.views.cat' : `type.${type}`;
}

/** The interface text key that names an outcome; an unrecorded one (null) reads as unknown. */
export function outcomeKey(outcome: OutcomeFacet | null): `outcome.${OutcomeFacet}` {
  return `outcome.${outcome ?? 'unknown'}`;
}

export function outcomeOf(entry: DecisionEntry): OutcomeFacet {
  return entry.data.outcome ?? 'unknown';
}

export type Filter = { committee?: string; year?: number; outcome?: OutcomeFacet };

export function filterDecisions<T extends DecisionEntry>(entries: readonly T[], filter: Filter): T[] {
  return entries.filter(
    (entry) =>
      (filter.committee === undefined || entry.data.committee.id === filter.committee) &&
      (filter.year === undefined || yearOf(entry) === filter.year) &&
      (filter.outcome === undefined || outcomeOf(entry) === filter.outcome),
  );
}

const lists = memo<readonly DecisionEntry[], readonly DecisionEntry[]>();

/**
 * The decisions a list page shows: narrowed by `filter`, in the order `key`.
 * Worked out once per collection and shared by every page that shows the
 * same list (the three languages, the home page, the committee pages): at
 * 10,000 decisions each of the 400 list pages sorted and filtered the whole
 * collection again. The same array goes to every caller, so it is read-only.
 */
export function listedDecisions<T extends DecisionEntry>(
  entries: readonly T[],
  filter: Filter = {},
  key: SortKey = 'adopted',
): readonly T[] {
  const name = [key, filter.committee ?? '', filter.year ?? '', filter.outcome ?? ''].join(' ');
  const narrowed = filter.committee !== undefined || filter.year !== undefined || filter.outcome !== undefined;
  // The sort is a total order, so narrowing the sorted list gives what sorting the narrowed one would.
  return lists(entries, name, () =>
    narrowed ? filterDecisions(listedDecisions(entries, {}, key), filter) : sortDecisions(entries, key),
  ) as readonly T[];
}

const facetCache = new WeakMap<readonly DecisionEntry[], ReturnType<typeof countFacets>>();

/** The values present in the content for each filter, in display order, with counts (worked out once per list). */
export function facetsOf(entries: readonly DecisionEntry[]) {
  let facets = facetCache.get(entries);
  if (!facets) facetCache.set(entries, (facets = countFacets(entries)));
  return facets;
}

function countFacets(entries: readonly DecisionEntry[]) {
  const count = <K>(values: K[]) => {
    const counts = new Map<K, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const committees = count(entries.map((entry) => entry.data.committee.id));
  const years = count(entries.map(yearOf).filter((year): year is number => year !== null));
  const outcomes = count(entries.map(outcomeOf));
  const outcomeOrder: OutcomeFacet[] = ['violation', 'no-violation', 'inadmissible', 'discontinued', 'unknown'];
  return {
    committees: COMMITTEE_CODES.filter((code) => committees.has(code)).map((code) => ({
      value: code,
      count: committees.get(code)!,
    })),
    years: [...years.keys()].sort((a, b) => b - a).map((year) => ({ value: year, count: years.get(year)! })),
    outcomes: outcomeOrder
      .filter((outcome) => outcomes.has(outcome))
      .map((outcome) => ({ value: outcome, count: outcomes.get(outcome)! })),
  };
}

/** Follow-up entries that concern the decision, oldest first, undated last. */
export function followupsOf<T extends FollowupEntry>(decisionId: string, followups: readonly T[]): T[] {
  return sortByDate(linkedTo(followups, decisionId));
}

/** Oldest first by `YYYY[-MM[-DD]]`; a less precise date sorts before a precise one in the same period; undated last. */
export function sortByDate<T extends FollowupEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    const dateA = a.data.date;
    const dateB = b.data.date;
    if (dateA === dateB) return a.id.localeCompare(b.id);
    if (dateA === null) return 1;
    if (dateB === null) return -1;
    return dateA < dateB ? -1 : 1;
  });
}

/** The key figures shown on the home page, computed from the content. */
export function keyFigures(decisions: readonly DecisionEntry[], followups: readonly FollowupEntry[]) {
  const answered = new Set(
    followups
      .filter((entry) => entry.data.kind === 'state-position')
      .flatMap((entry) => entry.data.decisions.map((ref) => ref.id)),
  );
  const byCommittee = COMMITTEE_CODES.map((code) => ({
    code,
    count: decisions.filter((entry) => entry.data.committee.id === code).length,
  }));
  return {
    total: decisions.length,
    violations: decisions.filter((entry) => entry.data.outcome === 'violation').length,
    unknownOutcome: decisions.filter((entry) => entry.data.outcome === null).length,
    withStatePosition: decisions.filter((entry) => answered.has(entry.id)).length,
    byCommittee,
  };
}

type TitleKey = 'common.and' | 'common.andOthers' | 'decision.title' | 'decision.titleUnnamed';

/**
 * Authors as a case title names them: "A", "A and B", or "A and others" for
 * three or more, as the committees' own case titles do. On Kazakh and Russian
 * pages, the Cyrillic spelling a source gives; else the Latin one.
 */
export function authorsLine(
  decision: Pick<Decision, 'authors' | 'otherAuthors'> & { authorsCyrillic: { names: string[] } | null },
  t: (key: TitleKey, values?: Record<string, string>) => string,
  locale: string = 'en',
): string {
  const names = (locale !== 'en' && decision.authorsCyrillic?.names) || decision.authors || [];
  if (names.length === 0) return '';
  if (names.length >= 3 || decision.otherAuthors > 0) return t('common.andOthers', { name: names[0]! });
  if (names.length === 2) return `${names[0]} ${t('common.and')} ${names[1]}`;
  return names[0]!;
}

/**
 * The case's title: "Ermek Narymbaev v. Kazakhstan", or "Communication No.
 * 2431/2014 v. Kazakhstan" while no source names the authors.
 */
export function caseTitle(
  decision: Pick<Decision, 'authors' | 'otherAuthors' | 'communications'> & { authorsCyrillic: { names: string[] } | null },
  t: (key: TitleKey, values?: Record<string, string>) => string,
  locale: string = 'en',
): string {
  if (!decision.authors) return t('decision.titleUnnamed', { number: decision.communications.join(', ') });
  return t('decision.title', { authors: authorsLine(decision, t, locale) });
}
