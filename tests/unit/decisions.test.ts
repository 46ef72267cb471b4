import { describe, expect, it } from 'vitest';
import {
  outcomeKey,
  authorsLine,
  caseTitle,
  compareCommunications,
  facetsOf,
  filterDecisions,
  followupsOf,
  keyFigures,
  listedDecisions,
  sortDecisions,
} from '../../src/lib/decisions.ts';
import { generalStatementsFor, remediesOf } from '../../src/lib/remedies.ts';
import type { Decision } from '../../src/schemas/decision.ts';
import { decisions, followup, followups } from './fixtures.ts';

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

  it('gives each remedy its recorded status, the latest grade the committee gave it and the facts that concern it', () => {
    const decision = decisions.find((entry) => entry.id === 'ccpr-2024-2011')!;
    const remedies = remediesOf(decision, followups)!;
    expect(remedies.map(({ facts, ...rest }) => ({ ...rest, facts: ids(facts) }))).toEqual([
      { kind: 'compensation', status: 'no-information', grade: 'B2', gradedOn: '2014-07-20', facts: ['undated-report'] },
      { kind: 'release', status: 'implemented', grade: null, gradedOn: null, facts: [] },
    ]);
  });

  it('shows on a decision the State’s general statements on its remedies, and the count of Views answered unnamed', () => {
    const statements = [
      followup('on-compensation', { kind: 'government-statement', topic: 'general-position', remedies: ['compensation'] }),
      followup('on-legislation', { kind: 'government-statement', topic: 'reported-measures', remedies: ['legislative-review'] }),
      followup('positions', { kind: 'government-statement', topic: 'positions-sent' }),
      followup('case-specific', { kind: 'government-statement', decisions: ['ccpr-2024-2011'], remedies: ['compensation'] }),
    ];
    const withCompensation = decisions.find((entry) => entry.id === 'ccpr-2024-2011')!;
    expect(ids(generalStatementsFor(withCompensation, statements))).toEqual(['on-compensation', 'positions']);
    // An inadmissibility decision asked for nothing and has no reply to count.
    const inadmissible = decisions.find((entry) => entry.id === 'ccpr-2027-2011')!;
    expect(generalStatementsFor(inadmissible, statements)).toEqual([]);
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
  const t = (key: string, values: Record<string, string> = {}) =>
    ({
      'common.and': 'and',
      'common.andOthers': `${values.name} and others`,
      'decision.title': `${values.authors} v. Kazakhstan`,
      'decision.titleUnnamed': `Communication No. ${values.number} v. Kazakhstan`,
    })[key]!;
  const named = (authors: string[] | null, more: Partial<Decision> = {}) =>
    ({ authors, otherAuthors: 0, authorsCyrillic: null, communications: ['2431/2014'], ...more }) as Decision;

  it('names one or two authors and abbreviates three or more', () => {
    expect(authorsLine(named(['A']), t)).toBe('A');
    expect(authorsLine(named(['A', 'B']), t)).toBe('A and B');
    expect(authorsLine(named(['A', 'B', 'C']), t)).toBe('A and others');
  });

  it('abbreviates one named author among several', () => {
    expect(caseTitle(named(['Toirjon Abdussamatov'], { otherAuthors: 28 }), t)).toBe(
      'Toirjon Abdussamatov and others v. Kazakhstan',
    );
  });

  it('calls a case by its number while no source names the authors', () => {
    expect(caseTitle(named(null), t)).toBe('Communication No. 2431/2014 v. Kazakhstan');
  });

  it('uses the Cyrillic spelling a source gives on Kazakh and Russian pages only', () => {
    const decision = named(['Ermek Narymbaev'], {
      authorsCyrillic: { names: ['Ермек Нарымбаев'], source: { url: 'https://example.org', label: 'x' } },
    });
    expect(caseTitle(decision, t, 'ru')).toBe('Ермек Нарымбаев v. Kazakhstan');
    expect(caseTitle(decision, t, 'en')).toBe('Ermek Narymbaev v. Kazakhstan');
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
      // Its outcome is not recorded, so readers are cautioned whatever the entry says.
      uncertain: true,
    });
    // An inadmissible decision has no violated articles or remedies to record.
    expect(gapsOf(decisions.find((entry) => entry.id === 'ccpr-2027-2011')!).missing).not.toContain('remedies');
    const report = editorsReport(decisions);
    expect(report[0]!.id).toBe('cat-444-2010');
    expect(report.map((gap) => gap.id)).toContain('cedaw-45-2012');
  });
});
