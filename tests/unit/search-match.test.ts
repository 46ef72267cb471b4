import { describe, expect, it } from 'vitest';
import { fallenBackTo, isSameWord, missingWords, queryWords, wordsOf } from '../../src/lib/search-match.ts';

describe('the words of a page', () => {
  it('are its words in lower case, with those joined by punctuation also in parts', () => {
    expect(wordsOf('Ж. Нарымбаев, CCPR/C/130/D/2503/2014', 'kk')).toEqual([
      'ж',
      'нарымбаев',
      'ccprc130d25032014',
      'ccpr',
      '130',
      '2503',
      '2014',
    ]);
  });
});

describe('a word asked for', () => {
  it('is found as itself, as the start of a longer word, or in another form of the same word', () => {
    expect(isSameWord('пыток', 'пытки', 'ru')).toBe(false);
    expect(isSameWord('пытках', 'пытки', 'ru')).toBe(true);
    expect(isSameWord('tortured', 'torture', 'en')).toBe(true);
    expect(isSameWord('assemblies', 'assembly', 'en')).toBe(true);
    expect(isSameWord('нарымбаевке', 'Нарымбаевтың', 'kk')).toBe(true);
    expect(isSameWord('бостандық', 'бостандығына', 'kk')).toBe(true);
    expect(isSameWord('нарымбаев', 'Нарым', 'kk')).toBe(true);
  });

  it('is not another word that only starts the same way', () => {
    expect(isSameWord('ахметов', 'Ахметтің', 'kk')).toBe(false);
    expect(isSameWord('ивановский', 'Иванова', 'ru')).toBe(false);
    expect(isSameWord('ж', 'Жумабаев', 'kk')).toBe(false);
  });

  it('is looked for in every word of the query, quotes and punctuation aside', () => {
    expect(queryWords('«Нарымбаев» ,  2503/2014')).toEqual(['Нарымбаев', '2503/2014']);
    const words = wordsOf('Нарымбаев v. Kazakhstan, 2503/2014', 'ru');
    expect(missingWords(words, 'Нарымбаев 2503/2014', 'ru')).toEqual([]);
    expect(missingWords(words, 'Нарымбаев Иванов', 'ru')).toEqual(['Иванов']);
  });
});

describe('the word Pagefind fell back to', () => {
  it('is the longest word of the page that starts the word asked, when no word of the page starts with it', () => {
    expect(fallenBackTo(wordsOf('2020 ж. 5 наурыз', 'kk'), 'Жумабаев', 'kk')).toBe('ж');
    expect(fallenBackTo(wordsOf('А.П. Қазақстанға қарсы', 'kk'), 'Ахметов', 'kk')).toBe('');
  });

  it('is none when the page has the word, stemmed as Pagefind stems it, or a Kazakh word with its ending cut', () => {
    expect(fallenBackTo(wordsOf('свобода мирных собраний', 'ru'), 'собраниях', 'ru')).toBeNull();
    expect(fallenBackTo(wordsOf('Ивановский', 'ru'), 'Иванова', 'ru')).toBeNull();
    expect(fallenBackTo(wordsOf('Нарымбаев Қазақстанға қарсы', 'kk'), 'Нарымбаевтың', 'kk')).toBeNull();
  });
});
