/**
 * What keeps the build linear in the number of entries (lookups built once per
 * collection), and what a decision page gives the search index.
 */
import { describe, expect, it } from 'vitest';
import { byId, linkedTo } from '../../src/lib/lookup.ts';
import { indexTerms } from '../../src/lib/index-terms.ts';
import { decision, decisions, followup, followups } from './fixtures.ts';

describe('lookups', () => {
  it('finds an entry by id, and nothing for an unknown id', () => {
    expect(byId(decisions, 'cat-444-2010')?.data.committee.id).toBe('CAT');
    expect(byId(decisions, 'ccpr-1-2000')).toBeUndefined();
  });

  it('lists the entries linked to a decision in their order, each once, in a fresh array', () => {
    const twice = followup('twice', { kind: 'media-report', decisions: ['cat-444-2010', 'cat-444-2010'] });
    const items = [...followups, twice];
    expect(linkedTo(items, 'ccpr-2024-2011').map((item) => item.id)).toEqual([
      'position',
      'assessment-old',
      'assessment-new',
      'undated-report',
    ]);
    expect(linkedTo(items, 'cat-444-2010').map((item) => item.id)).toEqual(['ngo', 'twice']);
    linkedTo(items, 'cat-444-2010').pop();
    expect(linkedTo(items, 'cat-444-2010')).toHaveLength(2);
    expect(linkedTo(items, 'ccpr-2521-2015')).toEqual([]);
  });

  it('builds a separate index for another array, so a changed collection is never served stale', () => {
    const more = [...followups, followup('late', { kind: 'media-report', decisions: ['ccpr-2521-2015'] })];
    expect(linkedTo(followups, 'ccpr-2521-2015')).toEqual([]);
    expect(linkedTo(more, 'ccpr-2521-2015').map((item) => item.id)).toEqual(['late']);
  });
});

describe('the facts a decision is found by', () => {
  const entry = decision('ccpr-2024-2011', {
    committee: 'CCPR',
    communications: ['2024/2011'],
    symbols: ['CCPR/C/103/D/2024/2011'],
    authors: ['Aliya Nurgalieva'],
    counsel: 'Yelena Kim',
    adopted: '2011-10-31',
    submitted: '2010-02-03',
    subject: 'Extradition',
    substantiveIssues: ['Torture'],
  });

  it('gives the index the numbers, symbols, names in the other script, counsel, subject and issues, in the reader’s language', () => {
    const terms = indexTerms(
      entry.data,
      { counsel: 'Yelena Kim (адвокат)', subject: 'Экстрадиция', proceduralIssues: null, substantiveIssues: ['Пытки'] },
      'CCPR',
      2011,
    );
    expect(terms).toEqual([
      'CCPR 2011 2024/2011 CCPR/C/103/D/2024/2011',
      expect.stringMatching(/^Алия /),
      'Yelena Kim (адвокат)',
      'Экстрадиция',
      'Пытки',
    ]);
  });

  it('leaves out the dates, which are on every page alike and searched through the year, and spells no organisation anew', () => {
    const withOrganisation = { ...entry.data, counsel: 'Human Rights Foundation' };
    const text = indexTerms(withOrganisation, withOrganisation, 'CCPR', 2011).join(' ');
    expect(text).not.toMatch(/2010-02-03|2011-10-31/);
    expect(text).toContain('Human Rights Foundation');
    expect(text).not.toMatch(/Хуман/);
  });
});
