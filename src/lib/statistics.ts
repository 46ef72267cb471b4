/**
 * The figures of the statistics page, each computed from the content. Pure
 * functions, unit-tested against a hand count.
 */
import { COMMITTEE_CODES, type CommitteeCode } from '../schemas/common.ts';
import { REMEDY_KINDS, type RemedyKind } from '../schemas/decision.ts';
import { facetsOf, yearOf, type DecisionEntry, type FollowupEntry } from './decisions.ts';
import { dayRange, daysBetween, followUpStatus, replyDeadline, FOLLOW_UP_STATUSES, type FollowUpStatus } from './follow-up.ts';

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
 * Replies to decisions that found a violation: the median days from adoption
 * to the State's first recorded position (counted to the first day its date can
 * stand for), and how many came in time, late, or with no reply recorded.
 */
export function replyFigures(decisions: readonly DecisionEntry[], followups: readonly FollowupEntry[], today: string) {
  const deadlines = decisions
    .map((entry) => ({ entry, deadline: replyDeadline(entry, followups, today) }))
    .filter((item): item is { entry: DecisionEntry; deadline: NonNullable<typeof item.deadline> } => item.deadline !== null);
  const days = deadlines
    .filter(({ entry, deadline }) => deadline.reply && entry.data.adopted)
    .map(({ entry, deadline }) => daysBetween(entry.data.adopted!, dayRange(deadline.reply!)[0]));
  return {
    withDeadline: deadlines.length,
    medianDays: median(days),
    replied: days.length,
    onTime: deadlines.filter(({ deadline }) => deadline.timeliness === 'on-time').length,
    late: deadlines.filter(({ deadline }) => deadline.timeliness === 'late').length,
    unclear: deadlines.filter(({ deadline }) => deadline.timeliness === 'unclear').length,
    overdue: deadlines.filter(({ deadline }) => deadline.reply === null && deadline.overdueDays > 0).length,
    notYetDue: deadlines.filter(({ deadline }) => deadline.reply === null && deadline.overdueDays === 0).length,
  };
}
