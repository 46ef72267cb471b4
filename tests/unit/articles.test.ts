import { describe, expect, it } from 'vitest';
import { articleText, articleWordsIn as wordsIn } from '../../src/lib/articles.ts';

describe('an article as an editor writes it, in the reader’s language', () => {
  it('keeps English as written', () => {
    for (const text of [
      '7 read with 2',
      '14(2) alone and read with 2(3)',
      '18(1) and (3) read with 2(1) and 2(3)(a)(b)(c)',
      '19',
    ])
      expect(articleText(text, wordsIn('en'))).toBe(text);
  });

  it('joins the numbers with Russian and Kazakh words, the numbers unchanged', () => {
    expect(articleText('7 read with 2', wordsIn('ru'))).toBe('7 в совокупности со ст. 2');
    expect(articleText('14(2) alone and read with 2(3)', wordsIn('ru'))).toBe('14(2) отдельно и в совокупности со ст. 2(3)');
    expect(articleText('18(1) and (3) read with 2(1) and 2(3)(a)(b)(c)', wordsIn('kk'))).toBe(
      '18(1) және (3) (2(1) және 2(3)(a)(b)(c)-баптармен бірге)',
    );
    expect(articleText('7 read with 2', wordsIn('kk'))).toBe('7 (2-баппен бірге)');
    expect(articleText('2(3) (read with the above)', wordsIn('ru'))).toBe('2(3) (в совокупности с вышеуказанными)');
  });

  it('leaves no English word in any Kazakh or Russian rendering of the forms editors write', () => {
    const forms = [
      '6(1) and 7, alone and read with 2(3), 9, 10(1), 14(1), 14(2) and 26',
      '21 read with 26',
      '2(3) (read with the above)',
      '9(1)',
    ];
    for (const locale of ['kk', 'ru'] as const)
      for (const form of forms) expect(articleText(form, wordsIn(locale)), `${locale}: ${form}`).not.toMatch(/[a-z]{2,}/);
  });
});
