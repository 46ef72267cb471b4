import { describe, expect, it } from 'vitest';
import { stemKazakhQuery, stemKazakhWord } from '../../src/lib/kazakh-query.ts';

describe('Kazakh query stems', () => {
  it('cuts case and plural endings off names and words', () => {
    expect(stemKazakhWord('Нарымбаевтың')).toBe('Нарымбаев');
    expect(stemKazakhWord('жиналыстарға')).toBe('жиналыс');
    expect(stemKazakhWord('азаптаудан')).toBe('азаптау');
    expect(stemKazakhWord('Төрегожинаның')).toBe('Төрегожина');
    // A voiced қ before a vowel: the stem matches "бостандық" and "бостандығы".
    expect(stemKazakhWord('бостандығына')).toBe('бостанды');
  });

  it('leaves short words and uninflected stems alone', () => {
    expect(stemKazakhWord('сот')).toBe('сот');
    expect(stemKazakhWord('бала')).toBe('бала');
  });

  it('leaves Latin names, numbers and symbols in a query alone', () => {
    expect(stemKazakhQuery('Narymbaev 2521/2015 бостандығына')).toBe('Narymbaev 2521/2015 бостанды');
  });
});
