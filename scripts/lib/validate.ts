/**
 * Checks every content file the way the build reads it, and says for each
 * problem where it is (file, line, column, field), what is wrong and what to
 * write instead. Reads the content; writes nothing but its own cache, when
 * given a folder for it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { committeeSchema, type Committee } from '../../src/schemas/committee.ts';
import { decisionSchema, type Decision } from '../../src/schemas/decision.ts';
import { FOLLOWUP_KINDS, followupSchema, type Followup } from '../../src/schemas/followup.ts';
import { meetingSchema, type Meeting } from '../../src/schemas/meeting.ts';
import { publisherSchema, type Publisher } from '../../src/schemas/publisher.ts';
import { translationSchema, type Translation } from '../../src/schemas/translation.ts';
import { checkIntegrity } from '../../src/lib/integrity.ts';
import { gapsOf } from '../../src/lib/completeness.ts';
import { fieldPath } from '../../src/lib/schema-issues.ts';
import { closest } from './closest.ts';
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
 * The warnings: a decision with facts no source states yet, a decision whose facts are
 * marked uncertain, an entry with no text. None stops the build; they say what is left to do.
 */
export type WarningKind = 'incomplete' | 'uncertain' | 'no-text';

type Schema = z.ZodType;
const COLLECTIONS: Record<string, { schema: Schema; example: string }> = {
  committees: { schema: committeeSchema, example: 'ccpr.md' },
  decisions: { schema: decisionSchema, example: 'ccpr-2521-2015.md' },
  followups: { schema: followupSchema, example: 'ccpr-2521-2015-2021-05-state-position.md' },
  meetings: { schema: meetingSchema, example: 'iwg-16.md' },
  publishers: { schema: publisherSchema, example: 'ccpr-centre.md' },
  translations: { schema: translationSchema, example: 'kk/decisions/ccpr-2521-2015.md' },
};

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The object schema found at `path` inside `schema`, following the data for unions; undefined if none. */
function objectAt(schema: unknown, path: readonly PropertyKey[], data: unknown): Record<string, unknown> | undefined {
  let current: unknown = schema;
  let value: unknown = data;
  const steps = [...path];
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault') {
      current = def.innerType;
    } else if (def.type === 'pipe') {
      current = def.in;
    } else if (def.type === 'union') {
      const options = def.options as unknown[];
      const discriminator = def.discriminator as string | undefined;
      const kind =
        discriminator && value && typeof value === 'object' ? (value as Record<string, unknown>)[discriminator] : undefined;
      const match = options.find((option) => {
        const shape = defOf(option).shape as Record<string, unknown> | undefined;
        const literal = shape && discriminator ? defOf(shape[discriminator]) : undefined;
        return literal && (literal.values as unknown[]).includes(kind);
      });
      if (!match) return undefined;
      current = match;
    } else if (def.type === 'array') {
      if (steps.length === 0) return undefined;
      steps.shift();
      current = def.element;
      value = Array.isArray(value) ? value[0] : undefined;
    } else if (def.type === 'object') {
      const shape = def.shape as Record<string, unknown>;
      if (steps.length === 0) return shape;
      const key = String(steps.shift());
      current = shape[key];
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
      if (current === undefined) return undefined;
    } else {
      return undefined;
    }
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

function shown(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value);
}

/** Editor-facing text for one schema issue. */
function explain(issue: z.core.$ZodIssue, data: unknown, schema: Schema): { path: PropertyKey[]; message: string }[] {
  const path = issue.path as PropertyKey[];
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(objectAt(schema, path, data) ?? {});
    return issue.keys.map((key) => {
      const suggestion = closest(key, known);
      return {
        path: [...path, key],
        message: suggestion
          ? `unknown field "${key}": did you mean "${suggestion}"?`
          : `unknown field "${key}": remove it, or use one of ${known.join(', ')}`,
      };
    });
  }
  const value = valueAt(data, path);
  if (value === undefined && path.length > 0) {
    const hint = issue.message.startsWith('Invalid input') ? 'add it' : issue.message;
    return [{ path, message: `missing field "${String(path.at(-1))}": ${hint}` }];
  }
  const scalar = value !== undefined && (typeof value !== 'object' || value instanceof Date);
  const found = scalar && !issue.message.includes(shown(value).replace(/^"|"$/g, '')) ? ` (found ${shown(value)})` : '';
  const choices =
    issue.code === 'invalid_value'
      ? issue.values.map(String)
      : issue.code === 'invalid_union' && path.at(-1) === 'kind'
        ? [...FOLLOWUP_KINDS]
        : [];
  const suggestion = typeof value === 'string' ? closest(value, choices) : undefined;
  return [{ path, message: `${issue.message}${found}${suggestion ? `; did you mean "${suggestion}"?` : ''}` }];
}

/** Strings in the frontmatter that hold an HTML tag, with where they are. */
function htmlInStrings(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof value === 'string') return /<\/?[a-z][^>]*>|<!--/i.test(value) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => htmlInStrings(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => htmlInStrings(item, [...path, key]));
  }
  return [];
}

type Located = { line: number; column: number };

/** Line and column of a field in the frontmatter, counted in the whole file. */
function locate(doc: Document | undefined, counter: LineCounter, path: readonly PropertyKey[], offsetLines: number): Located {
  const start = { line: 1 + offsetLines, column: 1 };
  if (!doc) return start;
  const at = (offset: number): Located => {
    const position = counter.linePos(offset);
    return { line: position.line + offsetLines, column: position.col };
  };
  let node: unknown = doc.contents;
  let found: Located = start;
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
}

type Frontmatter = {
  /** The frontmatter's text, read again with positions only when a message must say where. */
  yamlText: string;
  /** Lines before the YAML text starts: the opening `---`. */
  offsetLines: number;
};

/**
 * Where a field is in an entry's file. The frontmatter is read a second time, with
 * its positions, only here: most files have nothing to report, and keeping the
 * positions of every field of every file cost a fifth of the validator's time and
 * a gigabyte of memory at 10,000 decisions (docs/performance.md).
 */
function locateIn(entry: Frontmatter, path: readonly PropertyKey[]): Located {
  const counter = new LineCounter();
  const doc = parseDocument(entry.yamlText, { lineCounter: counter, keepSourceTokens: true });
  return locate(doc, counter, path, entry.offsetLines);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
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

const CACHE_VERSION = 1;
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
    /** The checks of the file at `path`: kept ones if its text is unchanged, else `run` on its text. */
    check(path: string, run: (text: string) => FileCheck): FileCheck {
      const bytes = readFileSync(path);
      const hash = createHash('sha256').update(bytes).digest('base64url');
      const kept = previous.get(path);
      const check = kept?.hash === hash ? kept.check : run(bytes.toString('utf8'));
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

/** What checking one file found: its problems, and what the checks across files need of it. */
type FileCheck = {
  results: Result[];
  /** The entry, when it passed its schema. */
  entry?: { collection: keyof Content; value: Entry<unknown> };
};

/** A file's frontmatter, between its two `---` lines. */
function frontmatterOf(text: string): Frontmatter {
  return { yamlText: text.replace(/^---\r?\n/, '').split(/\r?\n---\s*(\r?\n|$)/)[0] ?? '', offsetLines: 1 };
}

/** Checks one content file on its own: place, name, frontmatter, schema and body. */
function checkFile(root: string, contentDir: string, path: string, read = () => readFileSync(path, 'utf8')): FileCheck {
  const results: Result[] = [];
  const file = relative(root, path).split(sep).join('/');
  // An error, or, given what it is about, a warning.
  const report = (where: Located, field: string, message: string, warning?: Pick<Result, 'kind' | 'missing'>) =>
    results.push({
      file,
      line: where.line,
      column: where.column,
      field,
      message,
      severity: warning ? 'warning' : 'error',
      ...warning,
    });
  const name = path.split(sep).at(-1)!;
  const parts = relative(contentDir, path).split(sep);
  const collection = parts[0]!;
  const first = { line: 1, column: 1 };
  if (parts.length === 1 || !(collection in COLLECTIONS)) {
    report(
      first,
      '(file)',
      `content files belong in one of src/content/${Object.keys(COLLECTIONS).join(', src/content/')}: move it there`,
    );
    return { results };
  }
  // Translations sit two folders down: translations/<language>/<collection>/<file>.
  const depth = collection === 'translations' ? 4 : 2;
  if (parts.length !== depth) {
    report(
      first,
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
    report(first, '(file)', `rename it to ${name.replace(/\.[^.]*$/, '')}.md: ${hint}`);
    return { results };
  }
  if (!/^[a-z0-9]+(-[a-z0-9]+)*\.md$/.test(name)) {
    report(
      first,
      '(file)',
      `the file name may hold only lower-case letters, digits and hyphens, e.g. ${COLLECTIONS[collection]!.example}`,
    );
    return { results };
  }
  const text = read();
  if (!/^---\r?\n/.test(text)) {
    report(first, '(frontmatter)', 'the file must start with a line "---", then the fields, then another "---" line');
    return { results };
  }
  if (!/\r?\n---\s*(\r?\n|$)/.test(text.slice(3))) {
    report(first, '(frontmatter)', 'the fields are not closed: add a line "---" after the last field');
    return { results };
  }
  let data: unknown;
  let body: string;
  try {
    // With options (none), gray-matter does not keep every file it has read in its cache.
    const result = matter(text, {});
    data = result.data;
    body = result.content;
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    report(
      mark ? { line: mark.line + 2, column: mark.column + 1 } : first,
      '(frontmatter)',
      `the fields cannot be read: ${reason}. Check the indentation and put text containing ":" or "#" in quotes`,
    );
    return { results };
  }
  const id = collection === 'translations' ? parts.slice(1).join('/').replace(/\.md$/, '') : name.replace(/\.md$/, '');
  const frontmatter = frontmatterOf(text);
  const check: FileCheck = { results };

  for (const { path: htmlPath, value } of htmlInStrings(data)) {
    report(
      locateIn(frontmatter, htmlPath),
      fieldPath(htmlPath),
      `HTML is not allowed in a field (${value.slice(0, 40)}): write plain text`,
    );
  }
  const { schema } = COLLECTIONS[collection]!;
  const checked = schema.safeParse(data);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      for (const { path: issuePath, message } of explain(issue, data, schema)) {
        report(locateIn(frontmatter, issuePath), fieldPath(issuePath) || '(frontmatter)', message);
      }
    }
  } else {
    const entryId = collection === 'committees' ? (checked.data as { code: string }).code : id;
    check.entry = { collection: collection as keyof Content, value: { id: entryId, filePath: file, data: checked.data, body } };
    if (collection === 'decisions') {
      const gap = gapsOf({ id: entryId, data: checked.data as never });
      if (gap.missing.length > 0) {
        report(
          first,
          '(entry)',
          `incomplete: no source states ${gap.missing.join(', ')} yet; the page shows them as "not yet recorded"`,
          { kind: 'incomplete', missing: gap.missing },
        );
      }
      // Only the editors' own flag: an unrecorded or reported outcome is already shown with its caution.
      if ((checked.data as Decision).verification.uncertain) {
        report(
          locateIn(frontmatter, ['verification', 'uncertain']),
          'verification.uncertain',
          'marked uncertain: confirm the facts against the UN document, then set it to false',
          { kind: 'uncertain' },
        );
      }
    }
  }
  const bodyStart = text.slice(0, text.length - body.length).split('\n').length;
  // A publisher is a name: it has no text of its own, in any language.
  const needsText = collection !== 'committees' && collection !== 'publishers' && !file.includes('/publishers/');
  if (needsText && body.replace(/<!--[\s\S]*?-->/g, '').trim() === '') {
    report(
      { line: bodyStart, column: 1 },
      '(body)',
      'no text yet: write below the second "---" what the entry is about, in plain words',
      { kind: 'no-text' },
    );
  }
  for (const problem of checkMarkdownBody(body)) {
    report({ line: problem.line + bodyStart - 1, column: problem.column }, '(body)', problem.message);
  }
  return check;
}

/** The warnings counted by kind, and, for the incomplete decisions, how many lack each field (commonest first). */
export function warningsByKind(results: readonly Result[]): Record<WarningKind, number> & { missing: Record<string, number> } {
  const counts = { incomplete: 0, uncertain: 0, 'no-text': 0 };
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
 * and line; `content` holds the entries that passed their schema.
 */
export function checkContent(root: string): { results: Result[]; content: Content } {
  return checkAll(root, null);
}

function checkAll(root: string, cache: ReturnType<typeof openCheckCache> | null): { results: Result[]; content: Content } {
  const contentDir = join(root, 'src/content');
  const results: Result[] = [];
  const content: Content = { committees: [], decisions: [], followups: [], meetings: [], publishers: [], translations: [] };
  const passed = new Set<string>();
  if (!existsSync(contentDir)) {
    const message = `there is no content folder here: run the command from the project's folder, the one holding src/content/`;
    return { results: [{ file: 'src/content', line: 1, column: 1, field: '(file)', message, severity: 'error' }], content };
  }

  for (const path of listFiles(contentDir).sort()) {
    if (path.split(sep).at(-1)!.startsWith('.')) continue;
    const check = cache
      ? cache.check(path, (text) => checkFile(root, contentDir, path, () => text))
      : checkFile(root, contentDir, path);
    results.push(...check.results);
    if (check.entry) {
      (content[check.entry.collection] as Entry<unknown>[]).push(check.entry.value);
      passed.add(check.entry.value.filePath);
    }
  }
  cache?.save();

  for (const problem of checkIntegrity(content)) {
    // The frontmatter is read again, with its positions, only for a file that has such a problem.
    const entry = passed.has(problem.file) ? frontmatterOf(readFileSync(join(root, problem.file), 'utf8')) : undefined;
    const path = problem.field
      .split(/[.[\]]/)
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const where = entry && !problem.field.startsWith('(') ? locateIn(entry, path) : { line: 1, column: 1 };
    results.push({
      file: problem.file,
      line: where.line,
      column: where.column,
      field: problem.field,
      message: problem.message,
      severity: 'error',
    });
  }

  results.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
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
