/**
 * Where each decision stands after the committee decided: its follow-up status,
 * the State's reply deadline and whether the reply came in time. Pure functions:
 * "today" is always passed in, so they are tested with a fixed clock.
 */
import type { DecisionEntry, FollowupEntry } from './decisions.ts';
import { followupsOf } from './decisions.ts';

/** The days the State has to report on measures taken, unless the decision says otherwise. */
export const DEFAULT_REPLY_DAYS = 180;

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

export type Deadline = {
  /** The day the reply is due. */
  due: string;
  /** What the 180 days count from: the transmittal where known, else the adoption. */
  from: 'transmitted' | 'adopted';
  days: number;
  /** The date of the State's first recorded position, as precise as its source. */
  reply: string | null;
  /** Whether the reply came by the due day; `unclear` when its date is too imprecise to tell. */
  timeliness: 'on-time' | 'late' | 'unclear' | null;
  /** With no reply recorded: days past the due day on `today`, or 0 when not yet due. */
  overdueDays: number;
};

/**
 * The reply deadline of a decision that found a violation, or `null` when no
 * deadline applies or neither the transmittal nor the adoption date is known.
 */
export function replyDeadline(decision: DecisionEntry, followups: readonly FollowupEntry[], today: string): Deadline | null {
  if (decision.data.outcome !== 'violation') return null;
  const start = decision.data.transmitted ?? decision.data.adopted;
  if (!start) return null;
  const days = decision.data.followUpDays ?? DEFAULT_REPLY_DAYS;
  const due = addDays(start, days);
  const reply =
    eventsOf(decision, followups).find((entry) => entry.data.kind === 'state-position' && entry.data.date)?.data.date ?? null;
  let timeliness: Deadline['timeliness'] = null;
  if (reply) {
    const [first, last] = dayRange(reply);
    timeliness = last <= due ? 'on-time' : first > due ? 'late' : 'unclear';
  }
  return {
    due,
    from: decision.data.transmitted ? 'transmitted' : 'adopted',
    days,
    reply,
    timeliness,
    overdueDays: reply ? 0 : Math.max(0, daysBetween(due, today)),
  };
}

/** The latest dated event on a decision, for the follow-up board. */
export function latestEvent<T extends FollowupEntry>(decision: DecisionEntry, followups: readonly T[]): T | null {
  const dated = eventsOf(decision, followups).filter((entry) => entry.data.date !== null);
  return (dated.at(-1) as T | undefined) ?? null;
}
