import { describe, expect, it } from 'vitest';
import {
  outcomeKey,
  authorsLine,
  compareCommunications,
  facetsOf,
  filterDecisions,
  followupsOf,
  keyFigures,
  listedDecisions,
  sortDecisions,
} from '../../src/lib/decisions.ts';
import { remediesOf } from '../../src/lib/remedies.ts';
import { decisions, followups } from './fixtures.ts';

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);

describe('sorting decisions', () => {
  it('puts the newest adoption first and undated decisions last', () => {
    expect(ids(sortDecisions(decisions, 'adopted'))).toEqual([
      'ccpr-2521-2015',
      'ccpr-2027-2011',
      'cat-444-2010',
      'ccpr-2024-2011',
      'cedaw-45-2012',
    ]);
  });

  it('groups by committee in the treaty-body order, newest first within each', () => {
    expect(ids(sortDecisions(decisions, 'committee'))).toEqual([
      'ccpr-2521-2015',
      'ccpr-2027-2011',
      'ccpr-2024-2011',
      'cat-444-2010',
      'cedaw-45-2012',
    ]);
  });

  it('orders communication numbers by year of registration, then number', () => {
    expect(ids(sortDecisions(decisions, 'number'))).toEqual([
      'cat-444-2010',
      'ccpr-2024-2011',
      'ccpr-2027-2011',
      'cedaw-45-2012',
      'ccpr-2521-2015',
    ]);
    expect(compareCommunications('2009/2010', '444/2010')).toBeGreaterThan(0);
  });

  it('does not change the list it is given', () => {
    const before = ids(decisions);
    sortDecisions(decisions, 'number');
    expect(ids(decisions)).toEqual(before);
  });
});

describe('narrowing decisions', () => {
  it('filters by committee, year and outcome together', () => {
    expect(ids(filterDecisions(decisions, { committee: 'CCPR', outcome: 'violation' }))).toEqual([
      'ccpr-2521-2015',
      'ccpr-2024-2011',
    ]);
    expect(ids(filterDecisions(decisions, { year: 2012 }))).toEqual(['cat-444-2010']);
    expect(ids(filterDecisions(decisions, { outcome: 'unknown' }))).toEqual(['cat-444-2010']);
  });

  it('offers only the values present, with counts', () => {
    const facets = facetsOf(decisions);
    expect(facets.committees).toEqual([
      { value: 'CCPR', count: 3 },
      { value: 'CAT', count: 1 },
      { value: 'CEDAW', count: 1 },
    ]);
    expect(facets.years.map((year) => year.value)).toEqual([2020, 2013, 2012, 2011]);
    expect(facets.outcomes).toEqual([
      { value: 'violation', count: 3 },
      { value: 'inadmissible', count: 1 },
      { value: 'unknown', count: 1 },
    ]);
  });
});

describe('the lists shown on list pages', () => {
  it('gives what narrowing then sorting gives, for every filter and order', () => {
    const filters = [
      {},
      { committee: 'CCPR' },
      { year: 2011 },
      { outcome: 'violation' as const },
      { committee: 'CAT', year: 2012 },
    ];
    for (const key of ['adopted', 'committee', 'number'] as const) {
      for (const filter of filters) {
        expect(ids(listedDecisions(decisions, filter, key))).toEqual(ids(sortDecisions(filterDecisions(decisions, filter), key)));
      }
    }
    expect(ids(listedDecisions(decisions, { committee: 'CCPR' }))).toEqual([
      'ccpr-2521-2015',
      'ccpr-2027-2011',
      'ccpr-2024-2011',
    ]);
  });

  it('works a list out once per collection, and again for another collection', () => {
    expect(listedDecisions(decisions, { committee: 'CCPR' })).toBe(listedDecisions(decisions, { committee: 'CCPR' }));
    const fewer = decisions.filter((entry) => entry.id !== 'ccpr-2027-2011');
    expect(ids(listedDecisions(fewer, { committee: 'CCPR' }))).toEqual(['ccpr-2521-2015', 'ccpr-2024-2011']);
  });
});

describe('key figures', () => {
  it('counts decisions, violations, unknown outcomes and State positions from the content', () => {
    const figures = keyFigures(decisions, followups);
    expect(figures).toMatchObject({ total: 5, violations: 3, unknownOutcome: 1, withStatePosition: 1 });
    expect(figures.byCommittee.find((item) => item.code === 'CCPR')?.count).toBe(3);
    expect(figures.byCommittee.find((item) => item.code === 'CRC')?.count).toBe(0);
  });
});

describe('follow-up of a decision', () => {
  it('lists its events oldest first, a year before a day in it, undated last', () => {
    expect(ids(followupsOf('ccpr-2024-2011', followups))).toEqual([
      'position',
      'assessment-old',
      'assessment-new',
      'undated-report',
    ]);
  });

  it('gives each remedy its recorded status and the latest grade the committee gave it', () => {
    const decision = decisions.find((entry) => entry.id === 'ccpr-2024-2011')!;
    expect(remediesOf(decision, followups)).toEqual([
      { kind: 'compensation', status: 'no-information', grade: 'B2', gradedOn: '2014-07-20' },
      { kind: 'release', status: 'implemented', grade: null, gradedOn: null },
    ]);
  });

  it('reports remedies as not recorded when the decision does not list them', () => {
    expect(
      remediesOf(
        decisions.find((entry) => entry.id === 'cat-444-2010')!,
        followups,
      ),
    ).toBeNull();
  });
});

describe('outcome labels', () => {
  it('names a recorded outcome by its own key and an unrecorded one as unknown', () => {
    expect(outcomeKey('violation')).toBe('outcome.violation');
    expect(outcomeKey('unknown')).toBe('outcome.unknown');
    expect(outcomeKey(null)).toBe('outcome.unknown');
  });
});

describe('case titles', () => {
  const t = (key: string, values: Record<string, string> = {}) => (key === 'common.and' ? 'and' : `${values.name} and others`);
  it('names one or two authors and abbreviates three or more', () => {
    expect(authorsLine(['A'], t)).toBe('A');
    expect(authorsLine(['A', 'B'], t)).toBe('A and B');
    expect(authorsLine(['A', 'B', 'C'], t)).toBe('A and others');
  });
});

describe('editors report', async () => {
  const { editorsReport, gapsOf } = await import('../../src/lib/completeness.ts');
  it('lists what each entry lacks, the most incomplete first', () => {
    expect(gapsOf(decisions.find((entry) => entry.id === 'cat-444-2010')!)).toEqual({
      id: 'cat-444-2010',
      missing: [
        'outcome',
        'symbols',
        'articlesViolated',
        'remedies',
        'type',
        'submitted',
        'session',
        'subject',
        'articlesInvoked',
      ],
      uncertain: false,
    });
    // An inadmissible decision has no violated articles or remedies to record.
    expect(gapsOf(decisions.find((entry) => entry.id === 'ccpr-2027-2011')!).missing).not.toContain('remedies');
    const report = editorsReport(decisions);
    expect(report[0]!.id).toBe('cat-444-2010');
    expect(report.map((gap) => gap.id)).toContain('cedaw-45-2012');
  });
});
