import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayRange,
  followUpStatus,
  latestEvent,
  periodEndedWithoutReply,
  replyPeriod,
} from '../../src/lib/follow-up.ts';
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
    followUpDays: 180,
    outcome: 'violation',
    articlesViolated: ['14(1)', '14(3)(d)', '19'],
    remedies: [{ kind: 'effective-remedy' }, { kind: 'compensation' }],
  }),
  // Violation, not transmitted: the 180 days counted from adoption; replied after they ended.
  decision('ccpr-2-2019', {
    committee: 'CCPR',
    communications: ['2/2019'],
    adopted: '2021-03-01',
    followUpDays: 180,
    outcome: 'violation',
    articlesViolated: ['19', '21 read with 26'],
    remedies: [{ kind: 'compensation' }],
  }),
  // Violation, no reply recorded, no period stated in the decision: only a committee rule can give one.
  decision('cat-3-2019', {
    committee: 'CAT',
    communications: ['3/2019'],
    adopted: '2020-05-15',
    outcome: 'violation',
    articlesViolated: ['3'],
  }),
  // Violation, no reply, the period not yet ended on TODAY.
  decision('ccpr-4-2020', {
    committee: 'CCPR',
    communications: ['4/2020'],
    adopted: '2023-11-01',
    followUpDays: 180,
    outcome: 'violation',
    articlesViolated: ['19'],
  }),
  // Violation, no period stated anywhere; a reply known to the month; dialogue ongoing.
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

/** A committee rule as a committee entry states it, with its source. */
const sixMonths = {
  replyPeriod: {
    months: 6,
    provision: 'Optional Protocol, article 7(4)',
    source: { url: 'https://example.org/protocol', label: 'Optional Protocol' },
  },
};

describe('reply period, with a fixed clock', () => {
  it('takes the period the decision states, counted from the transmittal where recorded, else from the adoption', () => {
    expect(replyPeriod(byId('ccpr-1-2019'), undefined, followups, TODAY)).toEqual({
      basis: 'decision',
      length: { days: 180 },
      rule: null,
      from: 'transmitted',
      ends: '2021-09-28',
      ended: true,
      reply: '2021-09-15',
    });
    expect(replyPeriod(byId('ccpr-2-2019'), undefined, followups, TODAY)).toMatchObject({
      from: 'adopted',
      ends: '2021-08-28',
      reply: '2022-01-10',
    });
  });

  it('falls back on the committee’s rule, citing it, and shows none where no source states a period', () => {
    expect(replyPeriod(byId('cat-3-2019'), sixMonths, followups, TODAY)).toEqual({
      basis: 'committee-rule',
      length: { months: 6 },
      rule: sixMonths.replyPeriod,
      from: 'adopted',
      ends: '2020-11-15',
      ended: true,
      reply: null,
    });
    expect(replyPeriod(byId('cat-3-2019'), undefined, followups, TODAY)).toBeNull();
    expect(replyPeriod(byId('ccpr-5-2020'), { replyPeriod: null }, followups, TODAY)).toBeNull();
  });

  it('says a period has ended with no reply recorded only once its last day is past', () => {
    const running = replyPeriod(byId('ccpr-4-2020'), undefined, followups, TODAY);
    expect(running).toMatchObject({ ends: '2024-04-29', ended: false, reply: null });
    expect(periodEndedWithoutReply(running)).toBe(false);
    const later = replyPeriod(byId('ccpr-4-2020'), undefined, followups, '2024-05-09');
    expect(periodEndedWithoutReply(later)).toBe(true);
    // A reply recorded after the period ended is a reply recorded: nothing is said of lateness.
    expect(periodEndedWithoutReply(replyPeriod(byId('ccpr-2-2019'), undefined, followups, TODAY))).toBe(false);
  });

  it('has no period without a violation or without a date to count from', () => {
    expect(replyPeriod(byId('ccpr-6-2020'), sixMonths, followups, TODAY)).toBeNull();
    expect(replyPeriod(byId('cat-7-2020'), sixMonths, followups, TODAY)).toBeNull();
  });

  it('adds days and months across month and leap-year ends, and spans partial dates', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 2)).toBe('2024-01-15');
    expect(dayRange('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dayRange('2015')).toEqual(['2015-01-01', '2015-12-31']);
  });

  it('finds the latest dated event, else an undated one', () => {
    expect(latestEvent(byId('ccpr-1-2019'), followups)?.id).toBe('a1');
    expect(latestEvent(byId('cat-3-2019'), followups)?.id).toBe('m3');
    expect(latestEvent(byId('ccpr-4-2020'), followups)).toBeNull();
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

  it('puts each decision with a violation in one group of replies, so that the groups add up', () => {
    // 2021-03-01 → 2021-09-15: 198 days; 2021-03-01 → 2022-01-10: 315; 2022-01-15 → 2022-07-01: 167. Median 198.
    expect(replyFigures(decisions, followups, new Map([['CAT', sixMonths]]), TODAY)).toEqual({
      total: 5,
      replied: 3,
      periodEnded: 1,
      periodRunning: 1,
      noPeriod: 0,
      undated: 0,
      medianDays: 198,
    });
    // Without the committee's rule, no source states a period for the CAT decision.
    expect(replyFigures(decisions, followups, new Map(), TODAY)).toMatchObject({ periodEnded: 0, noPeriod: 1 });
    const undated = decision('ccpr-9-2021', {
      committee: 'CCPR',
      communications: ['9/2021'],
      outcome: 'violation',
      followUpDays: 180,
    });
    expect(replyFigures([undated], [], new Map(), TODAY)).toMatchObject({ total: 1, noPeriod: 1, undated: 1 });
  });
});
