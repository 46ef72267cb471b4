/**
 * Rows of the follow-up board: each decision that found a violation, or whose
 * finding is not yet recorded, with its status, its reply period where a
 * source states one, and its latest recorded step.
 */
import type { Committee } from '../schemas/committee.ts';
import { sortDecisions, type DecisionEntry, type FollowupEntry } from './decisions.ts';
import {
  followUpStatus,
  latestEvent,
  periodEndedWithoutReply,
  replyPeriod,
  type FollowUpStatus,
  type ReplyPeriod,
} from './follow-up.ts';

export type BoardRow<D extends DecisionEntry, F extends FollowupEntry> = {
  decision: D;
  status: FollowUpStatus;
  period: ReplyPeriod | null;
  latest: F | null;
  /** The reply period has ended and no reply is recorded here. */
  periodEnded: boolean;
};

export const BOARD_SORTS = ['period', 'adopted'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export function boardRows<D extends DecisionEntry, F extends FollowupEntry>(
  decisions: readonly D[],
  followups: readonly F[],
  committees: ReadonlyMap<string, Pick<Committee, 'replyPeriod'>>,
  today: string,
  sort: BoardSort = 'period',
): BoardRow<D, F>[] {
  const rows = sortDecisions(decisions, 'adopted')
    .map((decision) => {
      const period = replyPeriod(decision, committees.get(decision.data.committee.id), followups, today);
      return {
        decision,
        status: followUpStatus(decision, followups),
        period,
        latest: latestEvent(decision, followups),
        periodEnded: periodEndedWithoutReply(period),
      };
    })
    .filter((row) => row.status !== 'not-applicable');
  if (sort === 'adopted') return rows;
  // The earliest end of a period first; decisions with no stated period last, newest adoption first among them.
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const endA = a.row.period?.ends;
      const endB = b.row.period?.ends;
      if (endA === endB) return a.index - b.index;
      if (!endA) return 1;
      if (!endB) return -1;
      return endA < endB ? -1 : 1;
    })
    .map(({ row }) => row);
}
