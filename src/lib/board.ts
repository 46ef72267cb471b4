/**
 * Rows of the follow-up board: each decision that found a violation, or whose
 * finding is not yet recorded, with its status, deadline and latest step.
 */
import { sortDecisions, type DecisionEntry, type FollowupEntry } from './decisions.ts';
import { followUpStatus, latestEvent, replyDeadline, type Deadline, type FollowUpStatus } from './follow-up.ts';

export type BoardRow<D extends DecisionEntry, F extends FollowupEntry> = {
  decision: D;
  status: FollowUpStatus;
  deadline: Deadline | null;
  latest: F | null;
  overdue: boolean;
};

export const BOARD_SORTS = ['due', 'adopted'] as const;
export type BoardSort = (typeof BOARD_SORTS)[number];

export function boardRows<D extends DecisionEntry, F extends FollowupEntry>(
  decisions: readonly D[],
  followups: readonly F[],
  today: string,
  sort: BoardSort = 'due',
): BoardRow<D, F>[] {
  const rows = sortDecisions(decisions, 'adopted')
    .map((decision) => {
      const deadline = replyDeadline(decision, followups, today);
      return {
        decision,
        status: followUpStatus(decision, followups),
        deadline,
        latest: latestEvent(decision, followups),
        overdue: (deadline?.overdueDays ?? 0) > 0,
      };
    })
    .filter((row) => row.status !== 'not-applicable');
  if (sort === 'adopted') return rows;
  // Earliest due first (the longest overdue at the top); no deadline last, newest adoption first among them.
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const dueA = a.row.deadline?.due;
      const dueB = b.row.deadline?.due;
      if (dueA === dueB) return a.index - b.index;
      if (!dueA) return 1;
      if (!dueB) return -1;
      return dueA < dueB ? -1 : 1;
    })
    .map(({ row }) => row);
}
