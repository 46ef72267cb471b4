/**
 * The status of each remedy a committee asked for: the status editors record
 * on the decision, with the latest grade the committee gave that remedy in an
 * assessment, where it gave one.
 */
import type { Remedy } from '../schemas/decision.ts';
import { followupsOf, type DecisionEntry, type FollowupEntry } from './decisions.ts';

export type RemedyView = Remedy & {
  /** The latest committee grade for this remedy, e.g. `B1`, or `null`. */
  grade: string | null;
  /** When that grade was given (`YYYY[-MM[-DD]]`), or `null`. */
  gradedOn: string | null;
};

export function remediesOf(decision: DecisionEntry, followups: readonly FollowupEntry[]): RemedyView[] | null {
  if (decision.data.remedies === null) return null;
  const assessments = followupsOf(decision.id, followups).filter((entry) => entry.data.kind === 'committee-assessment');
  return decision.data.remedies.map((remedy) => {
    let grade: string | null = null;
    let gradedOn: string | null = null;
    for (const entry of assessments) {
      if (entry.data.kind !== 'committee-assessment') continue;
      const given = entry.data.remedyGrades.find((item) => item.remedy === remedy.kind);
      if (given) {
        grade = given.grade;
        gradedOn = entry.data.date;
      }
    }
    return { ...remedy, grade, gradedOn };
  });
}
