/**
 * Pagefind has no Kazakh stemmer. Kazakh adds case, plural and possessive
 * endings to words and names ("Нарымбаевтың", "жиналыстарға"), so a query in
 * an inflected form would miss the form written on the page. Pagefind matches
 * a query word as the start of a word, so cutting the endings off the query
 * finds every form. Only clear endings on long words are cut, to keep short
 * words and stems intact.
 */

// Longest first, so "-ларының" goes before "-ның".
const ENDINGS = [
  'ларының',
  'лерінің',
  'дарының',
  'дерінің',
  'тарының',
  'терінің',
  'ларына',
  'леріне',
  'дарына',
  'деріне',
  'тарына',
  'теріне',
  'ларын',
  'лерін',
  'дарын',
  'дерін',
  'тарын',
  'терін',
  'лардың',
  'лердің',
  'дардың',
  'дердің',
  'тардың',
  'тердің',
  'ларға',
  'лерге',
  'дарға',
  'дерге',
  'тарға',
  'терге',
  'ларда',
  'лерде',
  'дарда',
  'дерде',
  'тарда',
  'терде',
  'лардан',
  'лерден',
  'дардан',
  'дерден',
  'тардан',
  'терден',
  'ының',
  'інің',
  'ының',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'нан',
  'нен',
  'дан',
  'ден',
  'тан',
  'тен',
  'мен',
  'бен',
  'пен',
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  'ға',
  'ге',
  'қа',
  'ке',
  'на',
  'не',
  'да',
  'де',
  'та',
  'те',
  'ны',
  'ні',
  'ды',
  'ді',
  'ты',
  'ті',
  'сы',
  'сі',
  'ы',
  'і',
];

/** Letters a stem keeps at least, so "ала" or "тал" are never cut to nothing. */
const MIN_STEM = 4;

function cutOneEnding(word: string): string {
  const lower = word.toLocaleLowerCase('kk');
  const ending = ENDINGS.find((item) => lower.endsWith(item) && lower.length - item.length >= MIN_STEM);
  return ending ? word.slice(0, word.length - ending.length) : word;
}

/**
 * Cuts a case or plural ending, and a possessive one under it
 * ("бостандығына": dative, then possessive). A stem
 * left ending in ғ, г or б stands for қ, к or п before a vowel
 * ("бостандық" → "бостандығы"), so that letter goes too and the stem matches
 * both spellings.
 */
export function stemKazakhWord(word: string): string {
  const once = cutOneEnding(word);
  if (once === word) return word;
  // A second ending only where a possessive one (-ы, -і) is left under the case ending.
  const stem = /[ыі]$/i.test(once) && once.length - 1 >= MIN_STEM ? once.slice(0, -1) : once;
  return /[ғгб]$/i.test(stem) && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
}

/** The query with each Cyrillic word cut to its stem; other words (Latin names, numbers, symbols) are left alone. */
export function stemKazakhQuery(query: string): string {
  return query.replace(/[\u0400-\u04FF]+/g, (word) => stemKazakhWord(word));
}

/**
 * What two Kazakh words are compared by, to tell whether they are forms of
 * one word: the stem without its endings, and without a last қ, к or п
 * (ғ, г or б before a vowel), so that «бостандық» and «бостандығына» compare
 * equal, while «Ахметов» and «Ахметтің» do not.
 */
export function kazakhStemKey(word: string): string {
  const stem = stemKazakhWord(word.toLocaleLowerCase('kk'));
  return /[ғгбқкп]$/.test(stem) && stem.length > MIN_STEM ? stem.slice(0, -1) : stem;
}
