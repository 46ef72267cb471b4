/**
 * Whether a search result holds the words the reader asked for. Pagefind
 * matches a query word as the start of the indexed words (after stemming
 * Russian and English words with Snowball), and when no word of its index
 * starts with it, it falls back to the longest word of its index that the
 * query word starts with: «Жумабаев» matched «ж.», the abbreviation of a
 * year. A result found that way is a near match, never an answer.
 *
 * A page holds a query word when one of its words (in its text or in the
 * metadata Pagefind searches) is that word, starts with it, or has the same
 * stem in the page's language: Snowball's for Russian and English, as
 * Pagefind's, and the ending cutter of src/lib/kazakh-query.ts for Kazakh.
 */
import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import englishStemmer from 'wink-porter2-stemmer';
import type { Locale } from '../i18n/index.ts';
import { kazakhStemKey, stemKazakhWord } from './kazakh-query.ts';

/** Pagefind's Snowball stemmers, for the languages it stems. */
const SNOWBALL: Partial<Record<Locale, (word: string) => string>> = { ru: russianStemmer, en: englishStemmer };

const withoutMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
const lettersAndDigits = (text: string, language: Locale) => text.replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase(language);

/** A word as Pagefind keys it: letters and digits only, lower case, without diacritics, stemmed where it stems. */
function indexKey(word: string, language: Locale): string {
  const plain = withoutMarks(lettersAndDigits(word, language));
  return SNOWBALL[language]?.(plain) ?? plain;
}

/**
 * The words of a text as Pagefind reads them: each run of text between
 * spaces, and the parts of one joined by punctuation ("2503/2014" is also
 * "2503" and "2014").
 */
export function wordsOf(text: string, language: Locale): string[] {
  const words = new Set<string>();
  for (const token of text.split(/\s+/)) {
    const whole = lettersAndDigits(token, language);
    if (whole) words.add(whole);
    for (const part of token.split(/[^\p{L}\p{N}]+/u)) if (part.length > 1) words.add(part.toLocaleLowerCase(language));
  }
  return [...words];
}

/** The words of a query, as the reader wrote them, without quotes and punctuation around them. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** The stem a reader's word is compared by: Snowball's for Russian and English, ours for Kazakh. */
function readerStem(word: string, language: Locale): string {
  const stem = language === 'kk' ? kazakhStemKey(word) : (SNOWBALL[language]?.(word) ?? word);
  return withoutMarks(stem);
}

/** Whether `word`, a word of the page in lower case, is the query word `asked`: the same, longer, or of the same stem. */
export function isSameWord(word: string, asked: string, language: Locale): boolean {
  const query = lettersAndDigits(asked, language);
  if (!query) return true;
  const plainWord = withoutMarks(word);
  const plainQuery = withoutMarks(query);
  return plainWord.startsWith(plainQuery) || readerStem(word, language) === readerStem(query, language);
}

/** The query words that none of `words` (a page's, from wordsOf) is: the words the page does not hold. */
export function missingWords(words: readonly string[], query: string, language: Locale): string[] {
  return queryWords(query).filter((asked) => !words.some((word) => isSameWord(word, asked, language)));
}

/**
 * What Pagefind searches for when asked `asked` on a page of `language`:
 * its key, after the Kazakh endings are cut (src/scripts/search.ts cuts them
 * before asking).
 */
const searchedKey = (asked: string, language: Locale) => indexKey(language === 'kk' ? stemKazakhWord(asked) : asked, language);

/**
 * The word Pagefind fell back to for `asked`, found on a result's page: the
 * longest of the page's words that the searched word starts with, when none
 * of the page's words starts with the searched word itself. Null when
 * Pagefind found the word asked for (or words that start with it): then
 * Pagefind did not fall back, and the page is a match of Pagefind's own,
 * which `missingWords` may still find is not the word asked.
 */
export function fallenBackTo(words: readonly string[], asked: string, language: Locale): string | null {
  const searched = searchedKey(asked, language);
  const keys = words.map((word) => indexKey(word, language));
  if (!searched || keys.some((key) => key.startsWith(searched))) return null;
  return keys.filter((key) => searched.startsWith(key)).sort((a, b) => b.length - a.length)[0] ?? '';
}
