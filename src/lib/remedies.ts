/**
 * What is recorded about each remedy a committee asked for: the follow-up
 * facts that concern it (a court refusing the compensation asked for, an
 * award), each with its source, the latest grade the committee gave it, and
 * the status editors record where a source states one.
 */
import type { Remedy } from '../schemas/decision.ts';
import { followupsOf, type DecisionEntry, type FollowupEntry } from './decisions.ts';

export type RemedyView<F extends FollowupEntry = FollowupEntry> = Remedy & {
  /** The latest committee grade for this remedy, e.g. `B1`, or `null`. */
  grade: string | null;
  /** When that grade was given (`YYYY[-MM[-DD]]`), or `null`. */
  gradedOn: string | null;
  /** The follow-up facts on this case that concern this remedy, oldest first. */
  facts: F[];
};

/** The notes of a decision's remedies, in order: what a translation's `remedyNotes` translates, one for one. */
export function remedyNotesOf(remedies: readonly { note?: string | undefined }[] | null | undefined): string[] {
  return (remedies ?? []).flatMap((remedy) => remedy.note ?? []);
}

export function remediesOf<F extends FollowupEntry>(decision: DecisionEntry, followups: readonly F[]): RemedyView<F>[] | null {
  if (decision.data.remedies === null) return null;
  const events = followupsOf(decision.id, followups);
  const assessments = events.filter((entry) => entry.data.kind === 'committee-assessment');
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
    const facts = events.filter((entry) => entry.data.remedies.includes(remedy.kind));
    return { ...remedy, grade, gradedOn, facts };
  });
}

/**
 * The State's statements about the record as a whole (follow-up entries tied to
 * no decision) that concern this decision's remedies, or that say how many
 * Views it answered without naming them: shown on the decision page as not
 * specific to it.
 */
export function generalStatementsFor<F extends FollowupEntry>(decision: DecisionEntry, followups: readonly F[]): F[] {
  const kinds = new Set((decision.data.remedies ?? []).map((remedy) => remedy.kind));
  return followups.filter((entry) => {
    if (entry.data.kind !== 'government-statement' || entry.data.decisions.length > 0) return false;
    if (entry.data.topic === 'positions-sent') return decision.data.outcome === 'violation';
    return entry.data.remedies.some((kind) => kinds.has(kind));
  });
}
