/**
 * Characters an editor cannot see or tell apart, named so that a message can
 * say which one it means: "Cyrillic С, U+0421", "zero-width space, U+200B".
 * Used by the entry reader (src/lib/entry-file.ts) and the editors' validator.
 */

/** `U+0421`: the code point as Unicode writes it. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Characters no one sees on the page, each with its name. */
const INVISIBLE: Record<string, string> = {
  '\u00AD': 'soft hyphen',
  '\u061C': 'Arabic letter mark',
  '\u180E': 'Mongolian vowel separator',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u2028': 'line separator',
  '\u2029': 'paragraph separator',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2061': 'invisible function application',
  '\u2062': 'invisible times',
  '\u2063': 'invisible separator',
  '\u2064': 'invisible plus',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space (byte-order mark)',
};

/** Characters that look like others, or like a space, and break a code, a date or a number. */
const LOOKALIKE: Record<string, string> = {
  '\u00A0': 'no-break space',
  '\u2002': 'en space',
  '\u2003': 'em space',
  '\u2009': 'thin space',
  '\u202F': 'narrow no-break space',
  '\u2010': 'hyphen',
  '\u2011': 'non-breaking hyphen',
  '\u2012': 'figure dash',
  '\u2013': 'en dash',
  '\u2014': 'em dash',
  '\u2212': 'minus sign',
  '\u2018': 'curly quote',
  '\u2019': 'curly quote',
  '\u201C': 'curly quote',
  '\u201D': 'curly quote',
  '\u2044': 'fraction slash',
  '\u2215': 'division slash',
  '\uFF0F': 'full-width slash',
};

/**
 * Characters refused anywhere in an entry: control characters (NUL among them) but tab and line
 * ends, the invisible ones above, and U+FFFD, the mark a failed conversion leaves.
 */
export const REFUSED =
  // eslint-disable-next-line no-control-regex -- the control characters are what is looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD]/g;

/** The script a letter belongs to, where it is not Latin: "Cyrillic", "Greek"; else undefined. */
function scriptOf(char: string): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(char)) return 'Cyrillic';
  if (/\p{Script=Greek}/u.test(char)) return 'Greek';
  if (/\p{Script=Armenian}/u.test(char)) return 'Armenian';
  if (/[\uFF01-\uFF5E]/.test(char)) return 'full-width';
  return undefined;
}

/** "Cyrillic С, U+0421", "zero-width space, U+200B", "control character, U+0000". */
export function nameOf(char: string): string {
  const code = codePoint(char);
  if (char === '\uFFFD') return `replacement character �, ${code}`;
  if (INVISIBLE[char]) return `${INVISIBLE[char]}, ${code}`;
  if (LOOKALIKE[char]) return `${LOOKALIKE[char]} ${char}, ${code}`;
  // eslint-disable-next-line no-control-regex -- the control characters are what is named
  if (/[\u0000-\u001F\u007F-\u009F]/.test(char)) return `control character, ${code}`;
  const script = scriptOf(char);
  return script ? `${script} ${char}, ${code}` : `${char}, ${code}`;
}

/**
 * The characters of a value written for a code, a number, a date or an address that are not
 * plain ASCII, named: `ССPR` → "Cyrillic С, U+0421". Empty when there is none.
 */
export function oddCharacters(value: string): string[] {
  const found = new Set<string>();
  for (const char of value) {
    if (char > '\u007E' || (char < ' ' && char !== '\t')) found.add(char);
    if (found.size === 3) break;
  }
  return [...found].map(nameOf);
}

/** " (it holds Cyrillic С, U+0421, which is not the Latin letter it looks like)", or "" for plain ASCII. */
export function oddCharactersNote(value: string): string {
  const odd = oddCharacters(value);
  if (odd.length === 0) return '';
  const letters = odd.some((name) => /^(Cyrillic|Greek|Armenian|full-width) /.test(name));
  return ` (it holds ${odd.join('; ')}${letters ? ': retype it with Latin letters' : ': retype it'})`;
}
