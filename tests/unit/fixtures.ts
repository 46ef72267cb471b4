/** Small in-memory content for the unit tests, parsed with the real schemas. */
import { decisionSchema } from '../../src/schemas/decision.ts';
import { followupSchema } from '../../src/schemas/followup.ts';

const source = [{ url: 'https://example.org/doc', label: 'UN document' }];

/** A decision whose outcome, where it has one, was read in its operative part, unless `fields` say otherwise. */
export function decision(id: string, fields: Record<string, unknown>) {
  const verification = fields.outcome ? { outcomeSource: 'operative-part' } : { uncertain: true };
  return { id, data: decisionSchema.parse({ authors: ['Author'], sources: source, verification, ...fields }) };
}

export function followup(id: string, fields: Record<string, unknown>) {
  return { id, data: followupSchema.parse({ title: 'Event', sources: source, date: null, ...fields }) };
}

export const decisions = [
  decision('ccpr-2521-2015', {
    committee: 'CCPR',
    communications: ['2521/2015'],
    adopted: '2020-11-06',
    outcome: 'violation',
    articlesViolated: ['19'],
  }),
  decision('ccpr-2024-2011', {
    committee: 'CCPR',
    communications: ['2024/2011'],
    adopted: '2011-10-31',
    outcome: 'violation',
    remedies: [{ kind: 'compensation' }, { kind: 'release', status: 'implemented' }],
  }),
  decision('cat-444-2010', { committee: 'CAT', communications: ['444/2010'], adopted: '2012-06-01', outcome: null }),
  decision('ccpr-2027-2011', {
    committee: 'CCPR',
    communications: ['2027/2011'],
    adopted: '2013-03-25',
    outcome: 'inadmissible',
  }),
  decision('cedaw-45-2012', { committee: 'CEDAW', communications: ['45/2012'], adopted: null, outcome: 'violation' }),
];

export const followups = [
  followup('position', { kind: 'state-position', decisions: ['ccpr-2024-2011'], date: '2012-05-02' }),
  followup('assessment-old', {
    kind: 'committee-assessment',
    decisions: ['ccpr-2024-2011'],
    date: '2013',
    remedyGrades: [{ remedy: 'compensation', grade: 'C1' }],
  }),
  followup('assessment-new', {
    kind: 'committee-assessment',
    decisions: ['ccpr-2024-2011'],
    date: '2014-07-20',
    remedyGrades: [{ remedy: 'compensation', grade: 'B2' }],
  }),
  followup('undated-report', { kind: 'media-report', decisions: ['ccpr-2024-2011'], remedies: ['compensation'] }),
  followup('ngo', { kind: 'comment', by: 'ngo', decisions: ['cat-444-2010'], date: '2014-06' }),
];
