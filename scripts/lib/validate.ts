/**
 * Checks every content file the way the build reads it (src/lib/entry-file.ts
 * for the file and its fields, the schemas of src/schemas/ for their values,
 * src/lib/markdown-safety.ts for the body), and says for each problem where it
 * is (file, line, column, field), what is wrong and what to write instead.
 * Reads the content; writes nothing but its own cache, when given a folder for it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, type Dirent } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { committeeSchema, type Committee } from '../../src/schemas/committee.ts';
import { decisionSchema, type Decision } from '../../src/schemas/decision.ts';
import { FOLLOWUP_KINDS, followupSchema, type Followup } from '../../src/schemas/followup.ts';
import { meetingSchema, type Meeting } from '../../src/schemas/meeting.ts';
import { publisherSchema, type Publisher } from '../../src/schemas/publisher.ts';
import { translationSchema, type Translation } from '../../src/schemas/translation.ts';
import { checkIntegrity, missingTranslations } from '../../src/lib/integrity.ts';
import { gapsOf } from '../../src/lib/completeness.ts';
import { decodeEntry, parseEntry, type EntryFile, type Where } from '../../src/lib/entry-file.ts';
import { oddCharacters } from '../../src/lib/characters.ts';
import { fieldPath } from '../../src/lib/schema-issues.ts';
import { explainIssue } from './issue-messages.ts';
import { checkMarkdownBody } from './markdown-body.ts';
import { codeKey } from './code-key.ts';

export type Severity = 'error' | 'warning';
export type Result = {
  file: string;
  line: number;
  column: number;
  /** The field as written in the file, e.g. `remedies[0].kind`; `(file)`, `(frontmatter)` or `(body)` otherwise. */
  field: string;
  message: string;
  severity: Severity;
  /** What a warning is about, so that a report can count them by kind (scripts/validate.ts). */
  kind?: WarningKind;
  /** For an incomplete decision, the fields no source states yet, as the schema names them. */
  missing?: string[];
};

/**
 * The warnings: a decision with facts no source states yet, a decision whose facts are marked
 * uncertain, an entry with no text, a decision whose summary is not yet in every language. None
 * stops the build; they say what is left to do.
 */
export type WarningKind = 'incomplete' | 'uncertain' | 'no-text' | 'untranslated';

type Schema = z.ZodType;
const COLLECTIONS: Record<string, { schema: Schema; example: string }> = {
  committees: { schema: committeeSchema, example: 'ccpr.md' },
  decisions: { schema: decisionSchema, example: 'ccpr-2521-2015.md' },
  followups: { schema: followupSchema, example: 'ccpr-2521-2015-2021-05-state-position.md' },
  meetings: { schema: meetingSchema, example: 'iwg-16.md' },
  publishers: { schema: publisherSchema, example: 'ccpr-centre.md' },
  translations: { schema: translationSchema, example: 'kk/decisions/ccpr-2521-2015.md' },
};

/** Where each field of an entry's frontmatter is; the YAML is read with positions only when a message needs one. */
function locator(entry: Pick<EntryFile, 'frontmatter'>): (path: readonly PropertyKey[]) => Where {
  let doc: ReturnType<typeof parseDocument> | undefined;
  const counter = new LineCounter();
  const { text, firstLine } = entry.frontmatter;
  return (path) => {
    doc ??= parseDocument(text, { lineCounter: counter, keepSourceTokens: false, uniqueKeys: false });
    const at = (offset: number): Where => {
      const position = counter.linePos(offset);
      return { line: position.line + firstLine - 1, column: position.col };
    };
    let node: unknown = doc.contents;
    let found: Where = { line: firstLine, column: 1 };
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair || !isPair(pair)) return found;
        const keyNode = pair.key as { range?: [number, number, number] };
        if (keyNode.range) found = at(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as { range?: [number, number, number] } | undefined;
        if (!item) return found;
        if (item.range) found = at(item.range[0]);
        node = item;
      } else return found;
    }
    return found;
  };
}

/** A text value anywhere in the fields, with its path; the fields are a tree (entry-file.ts refuses aliases). */
function* textsIn(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* textsIn(item, [...path, index]);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* textsIn(item, [...path, key]);
}

/** The longest text a field holds; the longest in the record is a few hundred characters. */
const LONGEST_FIELD = 2000;

/** What is wrong with a text value whatever its field, or undefined. Each test is linear in the text's length. */
function textProblem(text: string): string | undefined {
  if (text.length > LONGEST_FIELD) {
    return `this text is ${text.length.toLocaleString('en')} characters long, and a field holds at most ${LONGEST_FIELD.toLocaleString('en')}: shorten it, and say more in the summary below the second "---"`;
  }
  if (/<\/?[a-z][^<>]*>|<!--/i.test(text)) return `HTML is not allowed in a field (${text.slice(0, 40)}): write plain text`;
  if (/^=|^[+\-@][A-Za-z.]+\(/.test(text)) {
    return `a text starting with "${text[0]}" is read as a formula by spreadsheets, where the open data (decisions.csv) is opened: write it without the "${text[0]}"`;
  }
  if (/^[\u2018\u201C][\s\S]*[\u2019\u201D]$/.test(text)) {
    return `the text is wrapped in curly quotes (${text.slice(0, 20)}…), which YAML keeps as part of it: remove them, or use straight quotes, '…'`;
  }
  return undefined;
}

type DirectoryItem = { path: string; kind: 'file' | 'folder' | 'link' | 'other' };

/** Every item under `dir`, without following links (which could lead outside the content, or loop). */
function listItems(dir: string): DirectoryItem[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [{ path: dir, kind: 'other' }];
  }
  return entries.flatMap((item): DirectoryItem[] => {
    const path = join(dir, item.name);
    if (item.isSymbolicLink()) return [{ path, kind: 'link' }];
    if (item.isDirectory()) return item.name.startsWith('.') ? [] : listItems(path);
    return [{ path, kind: item.isFile() ? 'file' : 'other' }];
  });
}

type Entry<T> = { id: string; filePath: string; data: T; body: string };

/** The entries that passed their schema, as the build would load them. */
export type Content = {
  committees: Entry<Committee>[];
  decisions: Entry<Decision>[];
  followups: Entry<Followup>[];
  meetings: Entry<Meeting>[];
  publishers: Entry<Publisher>[];
  translations: Entry<Translation>[];
};

/** What checking one file found: its problems, and what the checks across files need of it. */
type FileCheck = {
  results: Result[];
  /** The entry, when it passed its schema. */
  entry?: { collection: keyof Content; value: Entry<unknown> };
  /** `decisions/ccpr-2521-2015`, when the file is an entry but has an error of its own. */
  invalid?: string;
};

const CACHE_VERSION = 2;
type CachedChecks = { version: number; code: string; files: Map<string, { hash: string; check: FileCheck }> };

/**
 * What each file's own checks found at the last run (`validateContent`), for the files whose text
 * is unchanged, when the validator's code is the same (its files, the schemas
 * and the rest of src/ but the content, the lock file, Node's version).
 */
function openCheckCache(folder: string) {
  const file = join(folder, 'checks.bin');
  const code = codeKey(join(import.meta.dirname, '../..'), { version: CACHE_VERSION }, ['scripts/lib', 'package-lock.json']);
  let previous: CachedChecks['files'] = new Map();
  try {
    const stored = deserialize(readFileSync(file)) as CachedChecks;
    if (stored.version === CACHE_VERSION && stored.code === code) previous = stored.files;
  } catch {
    // None yet, or unreadable: every file is checked.
  }
  const next: CachedChecks['files'] = new Map();
  return {
    /** The checks of the file at `path`: kept ones if its bytes are unchanged, else `run` on them. */
    check(path: string, bytes: Uint8Array, run: () => FileCheck): FileCheck {
      const hash = createHash('sha256').update(bytes).digest('base64url');
      const kept = previous.get(path);
      const check = kept?.hash === hash ? kept.check : run();
      // Kept without the body, which no check across entries reads: the cache stays a fraction of the content's size.
      next.set(path, {
        hash,
        check: check.entry ? { ...check, entry: { ...check.entry, value: { ...check.entry.value, body: '' } } } : check,
      });
      return check;
    },
    save() {
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(`${file}.new`, serialize({ version: CACHE_VERSION, code, files: next } satisfies CachedChecks));
        renameSync(`${file}.new`, file);
      } catch {
        // Not writable: the next run checks every file again.
      }
    },
  };
}

const FIRST: Where = { line: 1, column: 1 };

function resultsFor(file: string) {
  const results: Result[] = [];
  // An error, or, given what it is about, a warning.
  const report = (where: Where, field: string, message: string, warning?: Pick<Result, 'kind' | 'missing'>) =>
    results.push({
      file,
      line: where.line,
      column: where.column,
      field,
      message,
      severity: warning ? 'warning' : 'error',
      ...warning,
    });
  return { results, report };
}

/** `ccpr-2521-2015.md` → the name's odd characters, for a name with more than letters, digits and hyphens. */
function nameNote(name: string): string {
  const odd = oddCharacters(name).filter((char) => !char.startsWith('_'));
  return odd.length > 0 ? ` (it holds ${odd.join('; ')})` : '';
}

/**
 * Checks where a content file is and how it is named, before reading it. Returns its problems, or
 * the collection and the entry's id when it is where an entry belongs.
 */
function checkPlace(
  root: string,
  contentDir: string,
  item: DirectoryItem,
): { results: Result[] } | { collection: string; id: string; name: string; file: string } {
  const file = relative(root, item.path).split(sep).join('/');
  const { results, report } = resultsFor(file);
  const name = item.path.split(sep).at(-1)!;
  const parts = relative(contentDir, item.path).split(sep);
  const collection = parts[0]!;
  if (item.kind === 'link') {
    report(
      FIRST,
      '(file)',
      'this is a link to another file or folder (a symbolic link): put the file itself here, as the portal publishes only what is kept in src/content/',
    );
    return { results };
  }
  if (item.kind === 'other') {
    report(FIRST, '(file)', 'this is not an ordinary file or folder, or it cannot be read: replace it with a Markdown file');
    return { results };
  }
  if (parts.length === 1 || !(collection in COLLECTIONS)) {
    report(
      FIRST,
      '(file)',
      `content files belong in one of src/content/${Object.keys(COLLECTIONS).join(', src/content/')}: move it there`,
    );
    return { results };
  }
  // Translations sit two folders down: translations/<language>/<collection>/<file>.
  const depth = collection === 'translations' ? 4 : 2;
  if (parts.length !== depth) {
    report(
      FIRST,
      '(file)',
      collection === 'translations'
        ? 'put a translation in src/content/translations/<language>/<collection>/, e.g. src/content/translations/kk/decisions/ccpr-2521-2015.md'
        : `put the file directly in src/content/${collection}/, not in a sub-folder`,
    );
    return { results };
  }
  if (extname(name) !== '.md') {
    const hint =
      extname(name) === '.mdx'
        ? 'MDX runs code at build time and is reserved for pages the developers write'
        : 'the portal reads only Markdown files';
    report(FIRST, '(file)', `rename it to ${name.replace(/\.[^.]*$/, '')}.md: ${hint}`);
    return { results };
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*\.md$/.test(name)) {
    report(
      FIRST,
      '(file)',
      `the file name may hold only lower-case letters, digits and hyphens${nameNote(name)}, e.g. ${COLLECTIONS[collection]!.example}`,
    );
    return { results };
  }
  const id = collection === 'translations' ? parts.slice(1).join('/').replace(/\.md$/, '') : name.replace(/\.md$/, '');
  return { collection, id, name, file };
}

/** Checks a content file's text on its own: encoding, characters, frontmatter, schema, name and body. */
function checkText(place: { collection: string; id: string; name: string; file: string }, bytes: Uint8Array): FileCheck {
  const { collection, id, name, file } = place;
  const { results, report } = resultsFor(file);
  const check: FileCheck = { results };
  const decoded = decodeEntry(bytes);
  if ('problem' in decoded) {
    const { problem } = decoded;
    report(problem, problem.field, problem.message);
    return { results, invalid: `${collection}/${id}` };
  }
  const entry = parseEntry(decoded.text);
  for (const problem of entry.problems) report(problem, problem.field, problem.message);
  const data = entry.data;
  if (data === undefined) return { results, invalid: `${collection}/${id}` };
  const locate = locator(entry);

  for (const { path, text } of textsIn(data)) {
    const problem = textProblem(text);
    if (problem) report(locate(path), fieldPath(path), problem);
  }
  const { schema } = COLLECTIONS[collection]!;
  const checked = schema.safeParse(data);
  if (!checked.success) {
    const said = new Set<string>();
    for (const issue of checked.error.issues) {
      for (const { path, message } of explainIssue(issue, data, schema, FOLLOWUP_KINDS)) {
        const field = fieldPath(path) || '(frontmatter)';
        if (said.has(`${field}\0${message}`)) continue;
        said.add(`${field}\0${message}`);
        report(locate(path), field, message);
      }
    }
  } else {
    const entryId = collection === 'committees' ? (checked.data as Committee).code : id;
    check.entry = {
      collection: collection as keyof Content,
      value: { id: entryId, filePath: file, data: checked.data, body: entry.body },
    };
    if (collection === 'committees' && name !== `${entryId.toLowerCase()}.md`) {
      report(
        locate(['code']),
        '(file)',
        `a committee's file is named after its code: rename ${name} to ${entryId.toLowerCase()}.md, or correct the code`,
      );
    }
    if (collection === 'decisions') {
      const decision = checked.data as Decision;
      const expected = `${decision.committee.id.toLowerCase()}-${decision.communications[0]!.replace('/', '-')}`;
      if (id !== expected) {
        report(
          locate(['communications', 0]),
          '(file)',
          `the file name is the decision's permanent address and is made of its committee and first communication number: rename ${name} to ${expected}.md (or correct committee or communications)`,
        );
      }
      const gap = gapsOf({ id: entryId, data: decision });
      if (gap.missing.length > 0) {
        report(
          FIRST,
          '(entry)',
          `incomplete: no source states ${gap.missing.join(', ')} yet; the page shows them as "not yet recorded"`,
          { kind: 'incomplete', missing: gap.missing },
        );
      }
      // Only the editors' own flag: an unrecorded or reported outcome is already shown with its caution.
      if ((checked.data as Decision).verification.uncertain) {
        report(
          locate(['verification', 'uncertain']),
          'verification.uncertain',
          'marked uncertain: confirm the facts against the UN document, then set it to false',
          { kind: 'uncertain' },
        );
      }
    }
  }
  // A publisher is a name: it has no text of its own, in any language.
  const needsText = collection !== 'committees' && collection !== 'publishers' && !file.includes('/publishers/');
  if (needsText && entry.body.replace(/<!--[\s\S]*?-->/g, '').trim() === '') {
    // A decision is published with its summary; other entries may say what happened later.
    if (collection === 'decisions') {
      report(
        { line: entry.bodyLine, column: 1 },
        '(body)',
        'no summary yet: write below the second "---", in your own plain words, what happened, what the author complained of, what the committee found and what it asked the State to do',
      );
    } else {
      report(
        { line: entry.bodyLine, column: 1 },
        '(body)',
        'no text yet: write below the second "---" what the entry is about, in plain words',
        { kind: 'no-text' },
      );
    }
  }
  for (const problem of checkMarkdownBody(entry.body)) {
    report({ line: problem.line + entry.bodyLine - 1, column: problem.column }, '(body)', problem.message);
  }
  if (results.some((result) => result.severity === 'error')) {
    check.invalid = `${collection}/${id}`;
    delete check.entry;
  }
  return check;
}

/** The warnings counted by kind, and, for the incomplete decisions, how many lack each field (commonest first). */
export function warningsByKind(results: readonly Result[]): Record<WarningKind, number> & { missing: Record<string, number> } {
  const counts = { incomplete: 0, uncertain: 0, 'no-text': 0, untranslated: 0 };
  const missing = new Map<string, number>();
  for (const result of results) {
    if (result.severity !== 'warning' || !result.kind) continue;
    counts[result.kind] += 1;
    for (const field of result.missing ?? []) missing.set(field, (missing.get(field) ?? 0) + 1);
  }
  const commonest = [...missing].sort(([a, one], [b, other]) => other - one || a.localeCompare(b));
  return { ...counts, missing: Object.fromEntries(commonest) };
}

/**
 * Validates all content under `root/src/content`. Results are sorted by file
 * and line; `content` holds the entries that passed every check of their own.
 */
export function checkContent(root: string): { results: Result[]; content: Content } {
  return checkAll(root, null);
}

function checkAll(root: string, cache: ReturnType<typeof openCheckCache> | null): { results: Result[]; content: Content } {
  const contentDir = join(root, 'src/content');
  const results: Result[] = [];
  const content: Content = { committees: [], decisions: [], followups: [], meetings: [], publishers: [], translations: [] };
  const invalid = new Set<string>();
  const passed = new Set<string>();
  if (!existsSync(contentDir)) {
    const message = `there is no content folder here: run the command from the project's folder, the one holding src/content/`;
    return { results: [{ file: 'src/content', line: 1, column: 1, field: '(file)', message, severity: 'error' }], content };
  }

  for (const item of listItems(contentDir).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (item.path.split(sep).at(-1)!.startsWith('.')) continue;
    const place = checkPlace(root, contentDir, item);
    if ('results' in place) {
      results.push(...place.results);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(item.path);
    } catch {
      results.push({
        file: place.file,
        ...FIRST,
        field: '(file)',
        message: 'the file cannot be read: check that it is yours to read',
        severity: 'error',
      });
      continue;
    }
    const check = cache ? cache.check(item.path, bytes, () => checkText(place, bytes)) : checkText(place, bytes);
    results.push(...check.results);
    if (check.invalid) invalid.add(check.invalid);
    if (check.entry) {
      (content[check.entry.collection] as Entry<unknown>[]).push(check.entry.value);
      passed.add(check.entry.value.filePath);
    }
  }
  cache?.save();

  const acrossEntries = [
    ...checkIntegrity(content, invalid).map((problem) => ({ ...problem, severity: 'error' as const })),
    ...missingTranslations(content).map((problem) => ({
      ...problem,
      severity: 'warning' as const,
      kind: 'untranslated' as const,
    })),
  ];
  // The frontmatter is read again, with its positions, only for a file that has such a problem, and once.
  const locators = new Map<string, ReturnType<typeof locator>>();
  for (const problem of acrossEntries) {
    let locate = locators.get(problem.file);
    if (!locate && passed.has(problem.file)) {
      locate = locator(parseEntry(readFileSync(join(root, problem.file), 'utf8')));
      locators.set(problem.file, locate);
    }
    const path = problem.field
      .split(/[.[\]]/)
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const where = locate && !problem.field.startsWith('(') ? locate(path) : FIRST;
    results.push({ ...problem, line: where.line, column: where.column });
  }

  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return { results, content };
}

/**
 * The problems `checkContent` finds. With `cache` (a folder; `npm run build`
 * gives one), what each file's own checks found is kept there, with the hash
 * of the file's text and the key of the validator's code
 * (scripts/lib/code-key.ts), and a file whose text is unchanged is not checked
 * again: in a rebuild after one edit, only that file is. The checks across
 * entries (src/lib/integrity.ts) always run on the whole content.
 */
export function validateContent(root: string, options: { cache?: string } = {}): Result[] {
  return checkAll(root, options.cache ? openCheckCache(options.cache) : null).results;
}
