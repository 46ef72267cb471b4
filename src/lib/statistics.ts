/**
 * The figures of the statistics page, each computed from the content. Pure
 * functions, unit-tested against a hand count.
 */
import { COMMITTEE_CODES, type CommitteeCode } from '../schemas/common.ts';
import { REMEDY_KINDS, type RemedyKind } from '../schemas/decision.ts';
import { facetsOf, yearOf, type DecisionEntry, type FollowupEntry } from './decisions.ts';
import type { Committee } from '../schemas/committee.ts';
import { dayRange, daysBetween, followUpStatus, replyPeriod, FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up.ts';
import { findingBasis, FINDING_BASES, type FindingBasis } from './provenance.ts';

export type Count<K> = { key: K; count: number };

/** Decisions per year of adoption, split by committee; committees with no decision are left out. */
export function decisionsByYear(decisions: readonly DecisionEntry[]) {
  // One pass over the decisions, counting by year and committee.
  const cells = new Map<string, number>();
  const present = new Set<string>();
  const years = new Set<number>();
  let undated = 0;
  for (const entry of decisions) {
    const year = yearOf(entry);
    present.add(entry.data.committee.id);
    if (year === null) {
      undated += 1;
      continue;
    }
    years.add(year);
    const cell = `${year} ${entry.data.committee.id}`;
    cells.set(cell, (cells.get(cell) ?? 0) + 1);
  }
  const committees = COMMITTEE_CODES.filter((code) => present.has(code));
  const rows = [...years]
    .sort((a, b) => a - b)
    .map((year) => ({ year, counts: committees.map((code) => cells.get(`${year} ${code}`) ?? 0) }));
  return { committees: committees as CommitteeCode[], rows, undated };
}

export function outcomeCounts(decisions: readonly DecisionEntry[]) {
  return facetsOf(decisions).outcomes.map(({ value, count }) => ({ key: value, count }));
}

/**
 * Outcomes split by where each comes from: one row per outcome, one count per
 * basis in FINDING_BASES order, so a chart never shows a reported finding as
 * if it were read in the decision, and "not yet recorded" stands apart.
 */
export function outcomesByBasis(decisions: readonly DecisionEntry[]) {
  const bases = FINDING_BASES.filter((basis) => decisions.some((entry) => findingBasis(entry.data) === basis));
  const rows = facetsOf(decisions).outcomes.map(({ value }) => ({
    key: value,
    counts: bases.map(
      (basis) =>
        decisions.filter((entry) => (entry.data.outcome ?? 'unknown') === value && findingBasis(entry.data) === basis).length,
    ),
  }));
  return { bases: bases as FindingBasis[], rows };
}

/** The article an entry names, without its paragraphs: "14(3)(d)" → "14", "21 read with 26" → "21". */
export function mainArticle(article: string): string {
  return /^\d+/.exec(article)?.[0] ?? article;
}

/** How many decisions found each article violated (counted once per decision), most often first. */
export function violatedArticles(
  decisions: readonly DecisionEntry[],
  limit = 10,
): Count<{ committee: string; article: string }>[] {
  const counts = new Map<string, number>();
  for (const entry of decisions) {
    const articles = new Set((entry.data.articlesViolated ?? []).map(mainArticle));
    for (const article of articles) {
      const key = `${entry.data.committee.id} ${article}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([key, count]) => {
      const [committee = '', article = ''] = key.split(' ');
      return { key: { committee, article }, count };
    })
    .sort(
      (a, b) =>
        b.count - a.count || a.key.committee.localeCompare(b.key.committee) || Number(a.key.article) - Number(b.key.article),
    )
    .slice(0, limit);
}

/** How many decisions asked for each remedy, in the usual order of remedies. */
export function remedyCounts(decisions: readonly DecisionEntry[]): Count<RemedyKind>[] {
  return REMEDY_KINDS.map((kind) => ({
    key: kind,
    count: decisions.filter((entry) => entry.data.remedies?.some((remedy) => remedy.kind === kind)).length,
  })).filter((item) => item.count > 0);
}

export function statusCounts(decisions: readonly DecisionEntry[], followups: readonly FollowupEntry[]): Count<FollowUpStatus>[] {
  const statuses = decisions.map((entry) => followUpStatus(entry, followups));
  return FOLLOW_UP_STATUSES.map((status) => ({ key: status, count: statuses.filter((item) => item === status).length })).filter(
    (item) => item.count > 0,
  );
}

/** Grades the committees gave, overall and per remedy, as given (B1 stays B1). */
export function gradeCounts(followups: readonly FollowupEntry[]): Count<string>[] {
  const counts = new Map<string, number>();
  for (const entry of followups) {
    if (entry.data.kind !== 'committee-assessment') continue;
    const grades = [entry.data.grade, ...entry.data.remedyGrades.map((item) => item.grade)].filter(
      (grade): grade is string => grade !== null,
    );
    for (const grade of grades) counts.set(grade, (counts.get(grade) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/**
 * The State's replies to decisions whose recorded outcome is a violation: the
 * median days from adoption to the first recorded position (counted to the first
 * day its date can stand for), and where each decision stands. Every such
 * decision is in exactly one group, so the groups add up to `total`:
 * - `replied`: a State position is recorded;
 * - `periodEnded`: a period is stated and has ended, no reply recorded here;
 * - `periodRunning`: a period is stated and has not ended, no reply recorded;
 * - `noPeriod`: no source states a period for it (or it has no date to count from), no reply recorded.
 */
export function replyFigures(
  decisions: readonly DecisionEntry[],
  followups: readonly FollowupEntry[],
  committees: ReadonlyMap<string, Pick<Committee, 'replyPeriod'>>,
  today: string,
) {
  const violations = decisions.filter((entry) => entry.data.outcome === 'violation');
  const firstReply = (entry: DecisionEntry) =>
    followups.find((item) => item.data.kind === 'state-position' && item.data.decisions.some((ref) => ref.id === entry.id)) ??
    null;
  let replied = 0;
  let periodEnded = 0;
  let periodRunning = 0;
  let noPeriod = 0;
  let undated = 0;
  const days: number[] = [];
  for (const entry of violations) {
    const period = replyPeriod(entry, committees.get(entry.data.committee.id), followups, today);
    const reply = period?.reply ?? firstReply(entry)?.data.date ?? null;
    if (reply !== null || firstReply(entry)) {
      replied += 1;
      if (reply && entry.data.adopted) days.push(daysBetween(entry.data.adopted, dayRange(reply)[0]));
    } else if (period === null) {
      noPeriod += 1;
      if (!entry.data.adopted && !entry.data.transmitted) undated += 1;
    } else if (period.ended) periodEnded += 1;
    else periodRunning += 1;
  }
  return {
    total: violations.length,
    replied,
    periodEnded,
    periodRunning,
    noPeriod,
    /** Of `noPeriod`, those with neither an adoption nor a transmittal date to count a period from. */
    undated,
    medianDays: median(days),
  };
}
