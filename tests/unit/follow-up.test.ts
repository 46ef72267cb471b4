import { describe, expect, it } from 'vitest';
import { addDays, dayRange, followUpStatus, latestEvent, replyDeadline } from '../../src/lib/follow-up.ts';
import {
  decisionsByYear,
  gradeCounts,
  mainArticle,
  outcomeCounts,
  remedyCounts,
  replyFigures,
  statusCounts,
  violatedArticles,
} from '../../src/lib/statistics.ts';
import { timelineOf } from '../../src/lib/timeline.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { decision, followup } from './fixtures.ts';

const TODAY = '2024-01-01';

// A small record counted by hand below.
const decisions = [
  // Violation, transmitted: due 180 days after transmittal; replied on time, then assessed and closed satisfactorily.
  decision('ccpr-1-2019', {
    committee: 'CCPR',
    communications: ['1/2019'],
    submitted: '2019-01-10',
    adopted: '2021-03-01',
    transmitted: '2021-04-01',
    outcome: 'violation',
    articlesViolated: ['14(1)', '14(3)(d)', '19'],
    remedies: [{ kind: 'effective-remedy' }, { kind: 'compensation' }],
  }),
  // Violation, not transmitted: due 180 days after adoption; replied late.
  decision('ccpr-2-2019', {
    committee: 'CCPR',
    communications: ['2/2019'],
    adopted: '2021-03-01',
    outcome: 'violation',
    articlesViolated: ['19', '21 read with 26'],
    remedies: [{ kind: 'compensation' }],
  }),
  // Violation, no reply recorded, long overdue.
  decision('cat-3-2019', {
    committee: 'CAT',
    communications: ['3/2019'],
    adopted: '2020-05-15',
    outcome: 'violation',
    articlesViolated: ['3'],
  }),
  // Violation, no reply, not yet due on TODAY.
  decision('ccpr-4-2020', {
    committee: 'CCPR',
    communications: ['4/2020'],
    adopted: '2023-11-01',
    outcome: 'violation',
    articlesViolated: ['19'],
  }),
  // Violation, reply known only to the month of the due day: unclear; dialogue ongoing.
  decision('ccpr-5-2020', {
    committee: 'CCPR',
    communications: ['5/2020'],
    adopted: '2022-01-15',
    outcome: 'violation',
    articlesViolated: ['9'],
  }),
  decision('ccpr-6-2020', { committee: 'CCPR', communications: ['6/2020'], adopted: '2022-02-01', outcome: 'inadmissible' }),
  decision('cat-7-2020', { committee: 'CAT', communications: ['7/2020'], adopted: null, outcome: null }),
];

const followups = [
  followup('p1', { kind: 'state-position', decisions: ['ccpr-1-2019'], date: '2021-09-15' }),
  followup('a1', {
    kind: 'committee-assessment',
    decisions: ['ccpr-1-2019'],
    date: '2022-07',
    grade: 'A',
    remedyGrades: [{ remedy: 'compensation', grade: 'B1' }],
    dialogue: 'closed',
    closure: 'satisfactory',
  }),
  followup('n1', { kind: 'mechanism-step', step: 'note-verbale-received', decisions: ['ccpr-1-2019'], date: '2021-04-20' }),
  followup('p2', { kind: 'state-position', decisions: ['ccpr-2-2019'], date: '2022-01-10' }),
  followup('p5', { kind: 'state-position', decisions: ['ccpr-5-2020'], date: '2022-07' }),
  followup('a5', { kind: 'committee-assessment', decisions: ['ccpr-5-2020'], date: '2023-03', grade: 'C', dialogue: 'ongoing' }),
  followup('m3', { kind: 'media-report', decisions: ['cat-3-2019'], date: null }),
];

const meetings = [
  {
    id: 'iwg-5',
    data: meetingSchema.parse({
      number: 5,
      date: '2021-06-01',
      decisions: ['ccpr-1-2019'],
      sources: [{ url: 'https://example.org/m', label: 'MoJ' }],
    }),
  },
];

const byId = (id: string) => decisions.find((entry) => entry.id === id)!;

describe('follow-up status', () => {
  it('follows the record from no reply to a closed dialogue', () => {
    expect(followUpStatus(byId('ccpr-1-2019'), followups)).toBe('closed-satisfactory');
    expect(followUpStatus(byId('ccpr-2-2019'), followups)).toBe('reply-submitted');
    expect(followUpStatus(byId('cat-3-2019'), followups)).toBe('no-reply-recorded');
    expect(followUpStatus(byId('ccpr-5-2020'), followups)).toBe('dialogue-ongoing');
    expect(followUpStatus(byId('ccpr-6-2020'), followups)).toBe('not-applicable');
    expect(followUpStatus(byId('cat-7-2020'), followups)).toBe('finding-not-recorded');
  });
});

describe('reply deadline, with a fixed clock', () => {
  it('counts 180 days from the transmittal where known, else from the adoption', () => {
    expect(replyDeadline(byId('ccpr-1-2019'), followups, TODAY)).toEqual({
      due: '2021-09-28',
      from: 'transmitted',
      days: 180,
      reply: '2021-09-15',
      timeliness: 'on-time',
      overdueDays: 0,
    });
    expect(replyDeadline(byId('ccpr-2-2019'), followups, TODAY)).toMatchObject({
      due: '2021-08-28',
      from: 'adopted',
      timeliness: 'late',
    });
  });

  it('counts the days overdue on the build day when no reply is recorded', () => {
    expect(replyDeadline(byId('cat-3-2019'), followups, TODAY)).toMatchObject({
      due: '2020-11-11',
      reply: null,
      overdueDays: 1146,
    });
    expect(replyDeadline(byId('ccpr-4-2020'), followups, TODAY)).toMatchObject({ due: '2024-04-29', overdueDays: 0 });
    expect(replyDeadline(byId('ccpr-4-2020'), followups, '2024-05-09')).toMatchObject({ overdueDays: 10 });
  });

  it('cannot tell whether a reply dated to the month of the due day was in time', () => {
    expect(replyDeadline(byId('ccpr-5-2020'), followups, TODAY)).toMatchObject({
      due: '2022-07-14',
      reply: '2022-07',
      timeliness: 'unclear',
    });
  });

  it('has no deadline without a violation or without a date to count from', () => {
    expect(replyDeadline(byId('ccpr-6-2020'), followups, TODAY)).toBeNull();
    expect(replyDeadline(byId('cat-7-2020'), followups, TODAY)).toBeNull();
  });

  it('adds days across month and leap-year ends, and spans partial dates', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(dayRange('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dayRange('2015')).toEqual(['2015-01-01', '2015-12-31']);
  });

  it('finds the latest dated event', () => {
    expect(latestEvent(byId('ccpr-1-2019'), followups)?.id).toBe('a1');
    expect(latestEvent(byId('cat-3-2019'), followups)).toBeNull();
  });
});

describe('timeline of a case', () => {
  it('puts every known step in date order, meetings included', () => {
    const steps = timelineOf(byId('ccpr-1-2019'), followups, meetings).map((event) =>
      event.type === 'followup' ? event.followup.id : event.type === 'meeting' ? event.meeting.id : event.type,
    );
    expect(steps).toEqual(['submitted', 'adopted', 'transmitted', 'n1', 'iwg-5', 'p1', 'a1']);
  });

  it('leaves out what is not known and puts undated events last', () => {
    const steps = timelineOf(byId('cat-3-2019'), followups, meetings).map((event) => event.type);
    expect(steps).toEqual(['adopted', 'followup']);
  });
});

describe('statistics, checked against a hand count', () => {
  it('counts decisions by year and committee', () => {
    expect(decisionsByYear(decisions)).toEqual({
      committees: ['CCPR', 'CAT'],
      rows: [
        { year: 2020, counts: [0, 1] },
        { year: 2021, counts: [2, 0] },
        { year: 2022, counts: [2, 0] },
        { year: 2023, counts: [1, 0] },
      ],
      undated: 1,
    });
  });

  it('counts outcomes', () => {
    expect(outcomeCounts(decisions)).toEqual([
      { key: 'violation', count: 5 },
      { key: 'inadmissible', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
  });

  it('counts each violated article once per decision, most often first', () => {
    expect(mainArticle('14(3)(d)')).toBe('14');
    expect(mainArticle('21 read with 26')).toBe('21');
    expect(violatedArticles(decisions)).toEqual([
      { key: { committee: 'CCPR', article: '19' }, count: 3 },
      { key: { committee: 'CAT', article: '3' }, count: 1 },
      { key: { committee: 'CCPR', article: '9' }, count: 1 },
      { key: { committee: 'CCPR', article: '14' }, count: 1 },
      { key: { committee: 'CCPR', article: '21' }, count: 1 },
    ]);
  });

  it('counts remedies, statuses and grades', () => {
    expect(remedyCounts(decisions)).toEqual([
      { key: 'effective-remedy', count: 1 },
      { key: 'compensation', count: 2 },
    ]);
    expect(statusCounts(decisions, followups)).toEqual([
      { key: 'no-reply-recorded', count: 2 },
      { key: 'reply-submitted', count: 1 },
      { key: 'dialogue-ongoing', count: 1 },
      { key: 'closed-satisfactory', count: 1 },
      { key: 'not-applicable', count: 1 },
      { key: 'finding-not-recorded', count: 1 },
    ]);
    expect(gradeCounts(followups)).toEqual([
      { key: 'A', count: 1 },
      { key: 'B1', count: 1 },
      { key: 'C', count: 1 },
    ]);
  });

  it('gives the median days to a reply and replies in time or late', () => {
    // 2021-03-01 → 2021-09-15: 198 days; 2021-03-01 → 2022-01-10: 315; 2022-01-15 → 2022-07-01: 167. Median 198.
    expect(replyFigures(decisions, followups, TODAY)).toEqual({
      withDeadline: 5,
      medianDays: 198,
      replied: 3,
      onTime: 1,
      late: 1,
      unclear: 1,
      overdue: 1,
      notYetDue: 1,
    });
  });
});
