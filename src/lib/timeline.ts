/**
 * Everything known to have happened on a case, in date order: the complaint,
 * the decision and its transmittal, the national mechanism's steps, Working
 * Group meetings, the State's positions, committee assessments and domestic
 * measures. Each step appears only where it is known.
 */
import type { Meeting } from '../schemas/meeting.ts';
import { followupsOf, type DecisionEntry, type FollowupEntry } from './decisions.ts';
import { linkedTo } from './lookup.ts';

export type MeetingEntry = { id: string; data: Meeting };

export type TimelineEvent<F extends FollowupEntry = FollowupEntry, M extends MeetingEntry = MeetingEntry> =
  | { type: 'submitted' | 'adopted' | 'transmitted'; date: string }
  | { type: 'meeting'; date: string | null; meeting: M }
  | { type: 'followup'; date: string | null; followup: F };

export function timelineOf<F extends FollowupEntry, M extends MeetingEntry>(
  decision: DecisionEntry,
  followups: readonly F[],
  meetings: readonly M[],
): TimelineEvent<F, M>[] {
  const events: TimelineEvent<F, M>[] = [];
  for (const type of ['submitted', 'adopted', 'transmitted'] as const) {
    const date = decision.data[type];
    if (date) events.push({ type, date });
  }
  for (const meeting of linkedTo(meetings, decision.id)) events.push({ type: 'meeting', date: meeting.data.date, meeting });
  for (const followup of followupsOf(decision.id, followups))
    events.push({ type: 'followup', date: followup.data.date, followup });
  // Oldest first; a date known to the month sorts before the days in it; undated last, in the order given.
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => {
      const dateA = a.event.date;
      const dateB = b.event.date;
      if (dateA === dateB) return a.index - b.index;
      if (dateA === null) return 1;
      if (dateB === null) return -1;
      return dateA < dateB ? -1 : 1;
    })
    .map(({ event }) => event);
}
