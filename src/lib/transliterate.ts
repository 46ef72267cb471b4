/**
 * Spellings of names in the other script, so a reader who types a name in
 * Cyrillic finds it written in Latin letters, and the other way round. The
 * committees publish names in Latin letters; readers in Kazakhstan often type
 * them in Cyrillic, in Russian or Kazakh spelling.
 */

// Latin to Cyrillic, as the UN's Latin spellings of Kazakh and Russian names are usually read.
const LATIN_DIGRAPHS: [string, string][] = [
  ['shch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
];
const LATIN: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'дж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'й',
  z: 'з',
};

// Cyrillic (Russian and Kazakh letters) to Latin.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

function matchCase(source: string, target: string): string {
  return source[0] === source[0]?.toUpperCase() ? target.charAt(0).toUpperCase() + target.slice(1) : target;
}

const VOWELS = 'aeiouy';

/** Names only: words that start with a capital letter, as in "Ermek Narymbaev and 28 others". */
export function latinToCyrillic(text: string): string {
  return text.replace(/\b[A-Z][A-Za-z]*/g, (word) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length;) {
      const digraph = LATIN_DIGRAPHS.find(([latin]) => lower.startsWith(latin, i));
      const letter = lower[i]!;
      const before = lower[i - 1] ?? '';
      const after = lower[i + 1] ?? '';
      if (digraph) {
        out += digraph[1];
        i += digraph[0].length;
        continue;
      }
      if (letter === 'y') {
        // After a vowel "y" is "й" (Georgiy); between consonants it is "ы" (Narymbaev).
        out += VOWELS.includes(before) && before !== '' ? 'й' : 'ы';
      } else if (letter === 'i' && 'aeou'.includes(before) && before !== '' && !VOWELS.includes(after)) {
        out += 'й'; // Suleimenov: Сулейменов
      } else {
        out += LATIN[letter] ?? letter;
      }
      i += 1;
    }
    return matchCase(word, out);
  });
}

export function cyrillicToLatin(text: string): string {
  return text.replace(/[\u0400-\u04FF]+/g, (word) =>
    matchCase(word, [...word.toLowerCase()].map((letter) => CYRILLIC[letter] ?? letter).join('')),
  );
}

/** The names in the script they are not written in, without duplicates. */
export function transliterations(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(/[A-Za-z]/.test(name) ? latinToCyrillic(name) : cyrillicToLatin(name));
  }
  return [...out];
}
