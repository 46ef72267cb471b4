/**
 * What keeps the build linear in the number of entries: lookups built once per
 * collection, and the keys that let a rebuild keep unchanged decision pages.
 */
import { describe, expect, it } from 'vitest';
import { byId, linkedTo } from '../../src/lib/lookup.ts';
import { contentFactsKey, decisionPageKey } from '../../src/data/page-keys.ts';
import { indexTerms } from '../../src/lib/index-terms.ts';
import { sitemapFiles } from '../../scripts/lib/sitemap.ts';
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

describe('decision page keys', () => {
  const committees = [{ id: 'CCPR', data: { code: 'CCPR', name: 'Human Rights Committee' }, body: 'About.' }];
  const translation = (id: string, data: Record<string, unknown>, body = '') => ({ id, data, body });
  const content = (changes: Partial<Record<'followups' | 'translations' | 'committees', unknown[]>> = {}) =>
    ({
      decisions,
      followups,
      meetings: [],
      committees,
      translations: [translation('ru/decisions/ccpr-2024-2011', { subject: 'Выдача' }, 'Текст.')],
      ...changes,
    }) as never;
  const entry = byId(decisions, 'ccpr-2024-2011')!;
  const key = (value = content(), locale: 'kk' | 'ru' | 'en' = 'ru') => decisionPageKey(value, entry, locale);

  it('is the same for the same content', () => {
    expect(key()).toBe(key(content()));
  });

  it('changes when the decision, its translation, its follow-up or its committee changes', () => {
    const changedDecision = decision('ccpr-2024-2011', { ...entry.data, committee: 'CCPR', adopted: '2011-11-01' });
    expect(decisionPageKey(content(), changedDecision, 'ru')).not.toBe(key());
    expect(
      key(content({ translations: [translation('ru/decisions/ccpr-2024-2011', { subject: 'Выдача' }, 'Другой текст.')] })),
    ).not.toBe(key());
    const changedFollowups = followups.map((item) =>
      item.id === 'position'
        ? followup('position', { kind: 'state-position', decisions: ['ccpr-2024-2011'], date: '2012-05-03' })
        : item,
    );
    expect(key(content({ followups: changedFollowups }))).not.toBe(key());
    expect(key(content({ committees: [{ ...committees[0], body: 'Changed.' }] }))).not.toBe(key());
  });

  it('stays the same when only another decision’s follow-up or another language changes', () => {
    const otherFollowups = followups.map((item) =>
      item.id === 'ngo' ? followup('ngo', { kind: 'comment', by: 'ngo', decisions: ['cat-444-2010'], date: '2015' }) : item,
    );
    expect(key(content({ followups: otherFollowups }))).toBe(key());
    const withKazakh = content({
      translations: [
        translation('ru/decisions/ccpr-2024-2011', { subject: 'Выдача' }, 'Текст.'),
        translation('kk/decisions/ccpr-2024-2011', { subject: 'Ұстап беру' }, 'Мәтін.'),
      ],
    });
    expect(key(withKazakh, 'ru')).toBe(key(content(), 'ru'));
    expect(key(withKazakh, 'en')).toBe(key(content(), 'en'));
    expect(key(withKazakh, 'kk')).not.toBe(key(content(), 'kk'));
  });
});

describe('the key of the list pages', () => {
  const translation = (id: string, data: Record<string, unknown>, body = '') => ({ id, data, body });
  const withBody = (id: string, body: string) => decisions.map((item) => (item.id === id ? { ...item, body } : item));
  const content = (changes: Record<string, unknown> = {}) =>
    ({
      decisions: withBody('ccpr-2024-2011', 'A summary.'),
      followups,
      meetings: [],
      committees: [{ id: 'CCPR', data: { code: 'CCPR' }, body: 'About.' }],
      translations: [
        translation('ru/decisions/ccpr-2024-2011', { subject: 'Выдача' }, 'Текст.'),
        translation('ru/committees/ccpr', { name: 'Комитет' }, 'О комитете.'),
      ],
      ...changes,
    }) as never;

  it('stays the same when only a summary or a follow-up text changes, as the lists do not show them', () => {
    expect(contentFactsKey(content())).toBe(contentFactsKey(content()));
    expect(contentFactsKey(content({ decisions: withBody('ccpr-2024-2011', 'Another summary.') }))).toBe(
      contentFactsKey(content()),
    );
    const translations = [
      translation('ru/decisions/ccpr-2024-2011', { subject: 'Выдача' }, 'Другой текст.'),
      translation('ru/committees/ccpr', { name: 'Комитет' }, 'О комитете.'),
    ];
    expect(contentFactsKey(content({ translations }))).toBe(contentFactsKey(content()));
  });

  it('changes with a fact, a label, a summary added or removed, or a committee’s text', () => {
    const base = contentFactsKey(content());
    const changed = withBody('ccpr-2024-2011', 'A summary.').map((item) =>
      item.id === 'ccpr-2024-2011' ? { ...item, data: { ...item.data, adopted: '2011-11-01' } } : item,
    );
    expect(contentFactsKey(content({ decisions: changed }))).not.toBe(base);
    expect(contentFactsKey(content({ decisions: withBody('ccpr-2024-2011', '') }))).not.toBe(base);
    const relabelled = [
      translation('ru/decisions/ccpr-2024-2011', { subject: 'Экстрадиция' }, 'Текст.'),
      translation('ru/committees/ccpr', { name: 'Комитет' }, 'О комитете.'),
    ];
    expect(contentFactsKey(content({ translations: relabelled }))).not.toBe(base);
    const committeeText = [
      translation('ru/decisions/ccpr-2024-2011', { subject: 'Выдача' }, 'Текст.'),
      translation('ru/committees/ccpr', { name: 'Комитет' }, 'Новый текст о комитете.'),
    ];
    expect(contentFactsKey(content({ translations: committeeText }))).not.toBe(base);
    expect(contentFactsKey(content({ committees: [{ id: 'CCPR', data: { code: 'CCPR' }, body: 'Changed.' }] }))).not.toBe(base);
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
      { subject: 'Экстрадиция', proceduralIssues: null, substantiveIssues: ['Пытки'] },
      'CCPR',
      2011,
    );
    expect(terms).toEqual([
      'CCPR 2011 2024/2011 CCPR/C/103/D/2024/2011',
      expect.stringMatching(/^Алия /),
      'Yelena Kim',
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

describe('the sitemap at scale', () => {
  const entries = Array.from(
    { length: 5 },
    (_, index) => `  <url>\n    <loc>https://example.org/en/decisions/d-${index}/</loc>\n  </url>`,
  );

  it('is one file up to the limit', () => {
    const files = sitemapFiles(entries, 'https://example.org/', 5);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<urlset');
    expect(files.get('sitemap.xml')!.match(/<url>/g)).toHaveLength(5);
  });

  it('becomes an index of files of at most the limit beyond it, at the same address', () => {
    const files = sitemapFiles(entries, 'https://example.org/portal/', 2);
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    expect(files.get('sitemap.xml')).toContain('<sitemapindex');
    expect(files.get('sitemap.xml')).toContain('<loc>https://example.org/portal/sitemap-3.xml</loc>');
    expect(files.get('sitemap-3.xml')!.match(/<url>/g)).toHaveLength(1);
    const listed = [...files.entries()]
      .filter(([name]) => name !== 'sitemap.xml')
      .flatMap(([, xml]) => xml.match(/<url>/g) ?? []);
    expect(listed).toHaveLength(5);
  });
});
