/**
 * Where each decision stands after the committee decided: its follow-up status,
 * and the period the State was given for its reply, where a source states one.
 * Pure functions: "today" is always passed in, so they are tested with a fixed clock.
 *
 * No verdict is drawn: the period is stated with its source and the day it ends,
 * counted from the decision's transmittal where that is recorded, else from its
 * adoption; whether a reply is recorded is said as such. The record holding no
 * reply does not show that none was sent.
 */
import type { DecisionEntry, FollowupEntry } from './decisions.ts';
import { followupsOf } from './decisions.ts';
import type { Committee } from '../schemas/committee.ts';

export const FOLLOW_UP_STATUSES = [
  'no-reply-recorded',
  'reply-submitted',
  'dialogue-ongoing',
  'closed-satisfactory',
  'closed-unsatisfactory',
  'not-applicable',
  'finding-not-recorded',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

const DAY = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The first and last day a date known to the year, month or day can stand for. */
export function dayRange(partial: string): [first: string, last: string] {
  const [year, month, day] = partial.split('-');
  if (day) return [partial, partial];
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return [`${year}-${month}-01`, `${year}-${month}-${String(last).padStart(2, '0')}`];
  }
  return [`${year}-01-01`, `${year}-12-31`];
}

function eventsOf(decision: DecisionEntry, followups: readonly FollowupEntry[]) {
  return followupsOf(decision.id, followups);
}

/** The status of a decision's follow-up, from its follow-up entries. */
export function followUpStatus(decision: DecisionEntry, followups: readonly FollowupEntry[]): FollowUpStatus {
  if (decision.data.outcome === null) return 'finding-not-recorded';
  if (decision.data.outcome !== 'violation') return 'not-applicable';
  const events = eventsOf(decision, followups);
  const assessments = events.filter((entry) => entry.data.kind === 'committee-assessment');
  const latest = assessments.at(-1)?.data;
  if (latest?.kind === 'committee-assessment') {
    if (latest.dialogue === 'closed') {
      return latest.closure === 'satisfactory' ? 'closed-satisfactory' : 'closed-unsatisfactory';
    }
    return 'dialogue-ongoing';
  }
  return events.some((entry) => entry.data.kind === 'state-position') ? 'reply-submitted' : 'no-reply-recorded';
}

/** Adds whole months to a day; a day past the month's end is the month's last day (31 August + 6 months = 28 February). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, last));
  return first.toISOString().slice(0, 10);
}

export type ReplyPeriod = {
  /** Where the period is stated: the decision itself, or the committee's rules (treaty, protocol or rules of procedure). */
  basis: 'decision' | 'committee-rule';
  /** The period as stated: in days, or in months. */
  length: { days: number } | { months: number };
  /** For a committee rule: the provision that states it, and where it was read. */
  rule: NonNullable<Committee['replyPeriod']> | null;
  /** What the period is counted from here: the transmittal where recorded, else the adoption. */
  from: 'transmitted' | 'adopted';
  /** The day the period ends, counted from `from`. */
  ends: string;
  /** Whether that day is past on `today`. */
  ended: boolean;
  /** The date of the State's first recorded position, as precise as its source; `null` when none is recorded. */
  reply: string | null;
};

/**
 * The period the State was given to report on measures taken, for a decision
 * whose finding is a violation: the period the decision states (`followUpDays`),
 * else the one the committee's rules state; `null` when no source states one,
 * or neither the transmittal nor the adoption is dated.
 */
export function replyPeriod(
  decision: DecisionEntry,
  committee: Pick<Committee, 'replyPeriod'> | undefined,
  followups: readonly FollowupEntry[],
  today: string,
): ReplyPeriod | null {
  if (decision.data.outcome !== 'violation') return null;
  const start = decision.data.transmitted ?? decision.data.adopted;
  if (!start) return null;
  const rule = committee?.replyPeriod ?? null;
  let length: ReplyPeriod['length'];
  if (decision.data.followUpDays !== null) length = { days: decision.data.followUpDays };
  else if (rule?.days !== undefined) length = { days: rule.days };
  else if (rule?.months !== undefined) length = { months: rule.months };
  else return null;
  const ends = 'days' in length ? addDays(start, length.days) : addMonths(start, length.months);
  const reply =
    eventsOf(decision, followups).find((entry) => entry.data.kind === 'state-position' && entry.data.date)?.data.date ?? null;
  return {
    basis: decision.data.followUpDays !== null ? 'decision' : 'committee-rule',
    length,
    rule: decision.data.followUpDays !== null ? null : rule,
    from: decision.data.transmitted ? 'transmitted' : 'adopted',
    ends,
    ended: ends < today,
    reply,
  };
}

/** Whether the period has ended with no State reply recorded here: said as such, never as lateness. */
export function periodEndedWithoutReply(period: ReplyPeriod | null): boolean {
  return period !== null && period.ended && period.reply === null;
}

/**
 * The latest event on a decision, for the follow-up board: the latest dated one,
 * else an undated one (the board says it is undated); `null` when none is recorded.
 */
export function latestEvent<T extends FollowupEntry>(decision: DecisionEntry, followups: readonly T[]): T | null {
  const events = eventsOf(decision, followups) as T[];
  const dated = events.filter((entry) => entry.data.date !== null);
  return dated.at(-1) ?? events[0] ?? null;
}
