/**
 * An entry file as the build (src/lib/content-loader.ts) and the editors'
 * validator (scripts/lib/validate.ts) both read it, so that they can never
 * disagree on what an entry says:
 *
 * - UTF-8 only (a byte-order mark is allowed), with no control, invisible or
 *   direction-changing character and no U+FFFD, the mark of a failed conversion;
 * - the fields (frontmatter) between a first line `---` and the next line `---`,
 *   the body after it;
 * - the fields read by js-yaml, the parser Astro uses, with the portal's own
 *   YAML schema (`ENTRY_YAML_SCHEMA`): a value stays the text written unless it
 *   is `null`, `~` or empty (null), `true` or `false`, or a whole number written
 *   plainly (`130`, not `0130`, `1e3` or `0x82`). Dates stay text, so an
 *   impossible day or a time zone is seen as written, never moved to another
 *   day; anchors and aliases, which may make a list contain itself, are refused.
 *
 * Each problem comes with its line and column in the file and what to write instead.
 */
import { FAILSAFE_SCHEMA, load, Type, YAMLException } from 'js-yaml';
import { nameOf, REFUSED } from './characters.ts';

export type Where = { line: number; column: number };
export type EntryProblem = Where & { field: string; message: string };

export type EntryFile = {
  /** The fields, when they could be read. */
  data?: Record<string, unknown>;
  /** The text after the closing `---` line. */
  body: string;
  /** The line of the file where the body starts. */
  bodyLine: number;
  /** The text of the fields, and the line of the file where it starts, to find a field in. */
  frontmatter: { text: string; firstLine: number };
  problems: EntryProblem[];
};

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (text: string) => text === '' || text === 'null' || text === '~',
  construct: () => null,
  predicate: (value: unknown) => value === null,
  represent: () => 'null',
});

const booleanType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (text: string) => text === 'true' || text === 'false',
  construct: (text: string) => text === 'true',
  predicate: (value: unknown) => typeof value === 'boolean',
  represent: (value: object) => String(value),
});

/** Only a whole number written plainly; the largest a field holds is far below 2^53. */
const wholeNumberType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (text: string) => /^(0|[1-9][0-9]{0,14})$/.test(text),
  construct: (text: string) => Number(text),
  predicate: (value: unknown) => Number.isInteger(value),
  represent: (value: object) => String(value),
});

/** The portal's YAML: text, lists and fields, with only null, true, false and whole numbers read as such. */
export const ENTRY_YAML_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [nullType, booleanType, wholeNumberType] });

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that does not belong to a UTF-8 sequence, or 0 if the scan finds none. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 1 : byte >= 0xe0 && byte <= 0xef ? 2 : byte >= 0xf0 && byte <= 0xf4 ? 3 : -1;
    if (length < 0) return index;
    for (let next = 1; next <= length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length + 1;
  }
  return 0;
}

/** The file's text, or where it stops being UTF-8 and what to do. */
export function decodeEntry(bytes: Uint8Array): { text: string } | { problem: EntryProblem } {
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let lineEnd = bytes.indexOf(0x0a, offset);
    if (lineEnd < 0) lineEnd = bytes.length;
    const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
    const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    const asCyrillic = new TextDecoder('windows-1251').decode(bytes.subarray(lineStart, lineEnd)).trim();
    const guess = /\p{Script=Cyrillic}{3}/u.test(asCyrillic)
      ? ` It was probably saved as Windows-1251 (Cyrillic): in that encoding the line reads "${asCyrillic.slice(0, 60)}".`
      : '';
    return {
      problem: {
        line,
        column,
        field: '(file)',
        message: `the file is not saved as UTF-8: the text from here cannot be read.${guess} Open it in your editor and save it again with the encoding "UTF-8"`,
      },
    };
  }
}

/** The start offset of each line of `text`. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function whereIs(starts: readonly number[], offset: number): Where {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** The top-level field whose lines hold line `index` (0-based) of the fields' text, e.g. `authors`. */
function fieldAround(lines: readonly string[], index: number): string {
  for (let at = Math.min(index, lines.length - 1); at >= 0; at--) {
    const key = /^([^\s#:-][^:]*):/.exec(lines[at]!);
    if (key) return key[1]!.trim();
  }
  return '(frontmatter)';
}

/**
 * The characters no one should publish: each kind once, where it first occurs, with how many
 * there are. Tabs count only in the fields, where YAML reads them as indentation or not.
 */
function characterProblems(text: string, fieldsEnd: number, fieldLines: readonly string[]): EntryProblem[] {
  const found = new Map<string, { offset: number; count: number }>();
  const note = (char: string, offset: number) => {
    const seen = found.get(char);
    if (seen) seen.count += 1;
    else found.set(char, { offset, count: 1 });
  };
  for (const match of text.matchAll(REFUSED)) note(match[0], match.index);
  for (let index = text.indexOf('\t'); index >= 0 && index < fieldsEnd; index = text.indexOf('\t', index + 1)) {
    note('\t', index);
  }
  if (found.size === 0) return [];
  const starts = lineStarts(text);
  return [...found].map(([char, { offset, count }]) => {
    const where = whereIs(starts, offset);
    const more = count > 1 ? ` (${count.toLocaleString('en')} in this file; the first is here)` : '';
    const field = offset < fieldsEnd ? fieldAround(fieldLines, where.line - 2) : '(body)';
    let message: string;
    if (char === '\t') message = `a tab: indent and separate with spaces only (two spaces for each level)${more}`;
    else if (char === '\uFFFD')
      message = `the replacement character � (U+FFFD), left where text was damaged by a conversion from another encoding: retype those letters from the source${more}`;
    else if (/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(char))
      message = `an invisible direction mark (${nameOf(char)}), which can make text read in another order than it is written: delete it${more}`;
    // eslint-disable-next-line no-control-regex -- the control characters are what is named
    else if (/[\u0000-\u001F\u007F-\u009F]/.test(char))
      message = `a control character (${nameOf(char)}) that no one can see: delete it${more}`;
    else
      message = `an invisible character (${nameOf(char)}), which stops search from finding the word around it: delete it${more}`;
    return { ...where, field, message };
  });
}

const CURLY_QUOTES = /[\u2018\u2019\u201C\u201D]/;
const QUOTE_ADVICE = `put the whole value in straight quotes, e.g. title: 'Position: sent' (inside single quotes, write ' twice: 'the State''s position')`;

/**
 * The first line, up to `last`, whose value opens a quote that the line does not close: YAML then
 * reads on to the next quote, lines further, and stops at a line that was never wrong.
 */
function unclosedQuote(lines: readonly string[], last: number): { index: number; column: number; quote: string } | undefined {
  for (let index = 0; index <= Math.min(last, lines.length - 1); index++) {
    const value = /^(\s*(?:- )?(?:[^\s:'"#-][^:]*:\s+)?)(['"])(.*)$/.exec(lines[index]!);
    if (!value) continue;
    const [, before, quote, rest] = value;
    const closed = quote === "'" ? /'/.test(rest!.replace(/''/g, '')) : /(^|[^\\])(\\\\)*"/.test(rest!);
    if (!closed) return { index, column: before!.length, quote: quote! };
  }
  return undefined;
}

/** What js-yaml could not read, in an editor's words, and the line that causes it. */
function explainYamlError(error: YAMLException, lines: readonly string[]): { index: number; column: number; message: string } {
  const reason = error.reason ?? error.message;
  const open = unclosedQuote(lines, error.mark?.line ?? lines.length - 1);
  if (open && !reason.startsWith('duplicated mapping key')) {
    return {
      index: open.index,
      column: open.column,
      message: `a value opens a quote ${open.quote} that its line does not close: close it at the end of the value${open.quote === "'" ? ", and write a ' inside the value twice: 'the State''s position'" : ''}`,
    };
  }
  let index = error.mark?.line ?? 0;
  let column = error.mark?.column ?? 0;
  const lineAt = (at: number) => lines[at] ?? '';
  // Where the parser notices the problem only at the next line or at the end, point at the line that causes it.
  const lastWritten = (before: number, test: (line: string) => boolean = (line) => line.trim() !== '') => {
    for (let at = Math.min(before, lines.length - 1); at >= 0; at--) if (test(lineAt(at))) return at;
    return before;
  };
  const curly = () =>
    CURLY_QUOTES.test(lineAt(index)) ? `; curly quotes ‘ ’ “ ” are not quotes to YAML: use straight ones, ' or "` : '';
  let message: string;
  if (reason.startsWith('duplicated mapping key')) {
    const key = /^\s*([^:]+):/.exec(lineAt(index))?.[1]?.trim() ?? 'this field';
    message = `the field "${key}" is written twice: keep one and delete the other`;
  } else if (reason.startsWith('tab characters')) {
    message = 'a tab is used to indent: indent with spaces only (two spaces for each level)';
  } else if (reason.startsWith('unknown tag')) {
    message = `a value starting with "!" is read as a YAML tag: ${QUOTE_ADVICE}`;
  } else if (reason.startsWith('unidentified alias')) {
    message = `a value starting with "*" is read as a reference to another value: ${QUOTE_ADVICE}`;
  } else if (reason.includes('within a flow collection') || reason.startsWith('missed comma between flow collection')) {
    index = lastWritten(index, (line) => /[[{]/.test(line));
    column = Math.max(0, lineAt(index).search(/[[{]/));
    message = `a list written between [ ] (or fields between { }) is not closed, or holds a value with a comma or a bracket: close it, or write one item per line starting with "- " and put such a value in quotes`;
  } else if (reason.includes('within a double quoted scalar') || reason.includes('within a single quoted scalar')) {
    const quote = reason.includes('double') ? '"' : "'";
    index = lastWritten(index, (line) => line.includes(quote));
    column = Math.max(0, lineAt(index).indexOf(quote));
    message = `a value opens a quote ${quote} that is not closed: close it at the end of the value${quote === "'" ? ", and write a ' inside the value twice: 'the State''s position'" : ''}`;
  } else if (
    reason.startsWith('can not read a block mapping entry') ||
    reason.startsWith('can not read an implicit mapping pair')
  ) {
    // The parser stops at the field after the line that is not one.
    const notAField = (line: string) => line.trim() !== '' && !/^\s*(#|- |-$|[^:]+:(\s|$))/.test(line);
    index = lastWritten(index, notAField);
    column = Math.max(0, lineAt(index).search(/\S/));
    message = `this line is not a field: write it as name: value, or, if it continues the value above, indent it or put the whole value in quotes`;
  } else if (reason.startsWith('end of the stream or a document separator is expected')) {
    message = `this line does not fit here: fields start at the beginning of a line as name: value, and a list item ("- …") is indented under its field`;
  } else if (reason.startsWith('expected a single document')) {
    index = Math.max(
      0,
      lines.findIndex((line) => /^\.\.\.\s*$/.test(line)),
    );
    column = 0;
    message = 'a line "..." ends the fields early: delete it';
  } else if (reason.startsWith('unknown escape sequence') || reason.startsWith('expected valid JSON character')) {
    message = `inside double quotes a backslash \\ starts a special character: write \\\\ for a backslash, or use single quotes`;
  } else if (reason.startsWith('bad indentation')) {
    const line = lineAt(index);
    const char = line[column] ?? '';
    const value = /^\s*(?:- )?[^\s:'"][^:]*:\s+(.*)$/.exec(line)?.[1] ?? '';
    if (/^[@`%]/.test(char)) message = `a value cannot start with ${char}: ${QUOTE_ADVICE}`;
    else if (/["']$/.test(line.slice(0, column).trimEnd()) && /^['"]/.test(value))
      message = `text follows the closing quote: ${QUOTE_ADVICE}`;
    else if (/: /.test(value) || /:$/.test(value) || CURLY_QUOTES.test(value))
      message = `the value holds ": ", which YAML reads as the start of another field: ${QUOTE_ADVICE}`;
    else if (/[\]}]/.test(char))
      message = 'a list between [ ] ends at its first "]": remove the extra bracket, or put the value in quotes';
    else
      message =
        'the indentation is wrong here: a field inside another, or a list item ("- …"), is indented by the same number of spaces as the others at its level';
  } else if (reason.startsWith('nesting exceeded')) {
    message = 'lists or fields are nested too deeply here: write each field as name: value, and each list item on its own line';
  } else {
    message = `the fields cannot be read here (${reason}): check the indentation, and put a value holding ":", "#", "[" or a quote in quotes`;
  }
  return { index, column, message: `${message}${curly()}` };
}

/**
 * A list or a group of fields used twice: an alias (`*name`) of an anchor (`&name`). Where it
 * contains itself (`authors: &a [*a]`), nothing can show it; elsewhere it would be a copy an
 * editor does not see as one.
 */
function firstSharedCollection(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return true;
    seen.add(value);
    for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push(item);
  }
  return false;
}

/** Reads an entry's text: its fields, its body, and every problem in reading them. */
export function parseEntry(text: string): EntryFile {
  const problems: EntryProblem[] = [];
  const empty = { body: '', bodyLine: 1, frontmatter: { text: '', firstLine: 2 }, problems };
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening) {
    problems.push({
      line: 1,
      column: 1,
      field: '(frontmatter)',
      message: 'the file must start with a line "---", then the fields, then another "---" line',
    });
    problems.push(...characterProblems(text, 0, []));
    return empty;
  }
  // Searched from the opening line's own line end, so that empty fields (a "---" line right after it) are found too.
  const closing = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  closing.lastIndex = opening[0].length - (opening[0].endsWith('\r\n') ? 2 : 1);
  const match = closing.exec(text);
  if (!match) {
    problems.push({
      line: 1,
      column: 1,
      field: '(frontmatter)',
      message: 'the fields are not closed: add a line "---" after the last field',
    });
    problems.push(...characterProblems(text, text.length, text.split('\n').slice(1)));
    return empty;
  }
  const fieldsEnd = match.index;
  const bodyStart = match.index + match[0].length;
  const yamlText = text.slice(opening[0].length, Math.max(opening[0].length, fieldsEnd));
  const lines = yamlText.split(/\r?\n/);
  const file: EntryFile = {
    body: text.slice(bodyStart),
    bodyLine: lineStarts(text.slice(0, bodyStart)).length,
    frontmatter: { text: yamlText, firstLine: 2 },
    problems,
  };
  problems.push(...characterProblems(text, fieldsEnd, lines));

  let data: unknown;
  try {
    data = load(yamlText, { schema: ENTRY_YAML_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) {
      // A tab is already named, with each place it occurs.
      if (error.reason?.startsWith('tab characters') && problems.some((problem) => problem.message.startsWith('a tab')))
        return file;
      const { index, column, message } = explainYamlError(error, lines);
      const key = /^\s*(?:- )?([^\s#:'"-][^:]*):/.exec(lines[index] ?? '')?.[1]?.trim() ?? fieldAround(lines, index);
      problems.push({ line: index + 2, column: column + 1, field: key, message });
    } else {
      problems.push({
        line: 2,
        column: 1,
        field: '(frontmatter)',
        message: 'the fields cannot be read: they are nested too deeply. Write each field as name: value, one per line',
      });
    }
    return file;
  }
  if (data === undefined || data === null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      line: 2,
      column: 1,
      field: '(frontmatter)',
      message: 'write the fields as name: value, one per line, e.g. committee: CCPR',
    });
    return file;
  }
  if (firstSharedCollection(data)) {
    const alias = /(^|[\s[{,])\*[^\s,\]}]+/m.exec(yamlText);
    const where = alias ? whereIs(lineStarts(yamlText), alias.index + alias[1]!.length) : { line: 1, column: 1 };
    problems.push({
      line: where.line + 1,
      column: where.column,
      field: fieldAround(lines, where.line - 1),
      message: 'a list or fields are given by reference ("&name" and "*name"): write them out in full where they belong',
    });
    return file;
  }
  file.data = data as Record<string, unknown>;
  return file;
}
