/**
 * No mistake in an entry meets a stack trace, a hang or a silent pass: a clean
 * fixture site (tests/fixtures/decisions/clean) is broken one way at a time,
 * and the validator must answer each with an error naming the file, the line
 * and the field, in an editor's words (never Zod's or YAML's own). Two tables:
 * every field of every collection given each kind of wrong value, and each
 * family of mistake editors and a systematic search made (issue 33).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { z } from 'astro/zod';
import { validateContent, type Result } from '../../scripts/lib/validate.ts';
import { parseEntry } from '../../src/lib/entry-file.ts';
import { committeeSchema } from '../../src/schemas/committee.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { followupSchema } from '../../src/schemas/followup.ts';
import { meetingSchema } from '../../src/schemas/meeting.ts';
import { publisherSchema } from '../../src/schemas/publisher.ts';
import { translationSchema } from '../../src/schemas/translation.ts';

// A hang is told apart by NO_HANG_MS, not by Vitest's 5 s, which a busy machine can pass on the largest inputs.
vi.setConfig({ testTimeout: 120_000 });

const root = join(import.meta.dirname, '../..');
const clean = join(root, 'tests/fixtures/decisions/clean');
const scratch = mkdtempSync(join(tmpdir(), 'portal-mutations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DECISION = 'src/content/decisions/ccpr-2521-2015.md';
const FOLLOWUP = 'src/content/followups/ccpr-2521-2015-2021-05-state-position.md';
const MEETING = 'src/content/meetings/iwg-1.md';
const COMMITTEE = 'src/content/committees/ccpr.md';
const TRANSLATION = 'src/content/translations/ru/decisions/ccpr-2521-2015.md';
const PUBLISHER = 'src/content/publishers/ccpr-centre.md';

/** What a content file becomes: text, bytes, a symbolic link to a path, or removed. */
type Change = string | Uint8Array | { link: string } | null;

/** Runs the validator on the clean site with `changes` made, and what it took. */
function validateWith(changes: Record<string, Change>): { results: Result[]; error?: unknown; ms: number } {
  const project = mkdtempSync(join(scratch, 'site-'));
  cpSync(clean, project, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(project, file);
    mkdirSync(dirname(path), { recursive: true });
    rmSync(path, { force: true, recursive: true });
    if (change === null) continue;
    if (typeof change === 'object' && 'link' in change) symlinkSync(change.link, path);
    else writeFileSync(path, change);
  }
  const started = performance.now();
  try {
    return { results: validateContent(project), ms: performance.now() - started };
  } catch (error) {
    return { results: [], error, ms: performance.now() - started };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

/** Words that are a developer's, not an editor's: Zod's and YAML's own, and a value printed by mistake. */
const NOT_FOR_EDITORS =
  /Invalid input|Invalid option|expected (string|number|array|object|boolean), received|Too (big|small)|Unrecognized key|Invalid string|\bundefined\b|\[object Object\]|\bNaN\b|YAMLException|TypeError|RangeError|\n\s+at /;

/** A hang would show as minutes; every input here takes milliseconds to a second. */
const NO_HANG_MS = 60_000;

function expectWellTold(outcome: ReturnType<typeof validateWith>, label: string) {
  expect(outcome.error, `${label}: the validator threw`).toBeUndefined();
  expect(outcome.ms, `${label}: the validator took ${outcome.ms} ms`).toBeLessThan(NO_HANG_MS);
  for (const result of outcome.results) {
    expect(result.message, `${label}: ${result.file}:${result.line} ${result.field}`).not.toMatch(NOT_FOR_EDITORS);
    expect(result.line, label).toBeGreaterThanOrEqual(1);
    expect(result.field, label).not.toBe('');
  }
}

const cleanText = (file: string) => readFileSync(join(clean, file), 'utf8');
const fieldsOf = (file: string) => parseEntry(cleanText(file)).data!;
const bodyOf = (file: string) => parseEntry(cleanText(file)).body;
/** An entry's file with these fields, written as YAML writes them (numbers and dates unquoted). */
const entryText = (data: unknown, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;

/** The line of the file where the field at `path` is, in an entry written by `entryText`. */
function lineOf(text: string, path: readonly PropertyKey[]): number {
  const lines = text.split('\n');
  let at = 0;
  path.forEach((key, depth) => {
    let index = at + (depth === 0 ? 0 : 1);
    if (typeof key === 'number') {
      let seen = -1;
      for (; index < lines.length; index++) if (/^\s*- /.test(lines[index]!) && ++seen === key) break;
      // The first field of a list item is on the item's own line.
      at = index - 1;
      return;
    }
    const pattern = depth === 0 ? new RegExp(`^${String(key)}:`) : new RegExp(`^\\s*(- )?${String(key)}:`);
    for (index = Math.max(index, at); index < lines.length; index++) if (pattern.test(lines[index]!)) break;
    at = index;
  });
  return at + 1;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema under optional, nullable, default and transforms. */
function inner(schema: unknown): Def {
  let def = defOf(schema);
  while (['optional', 'nullable', 'default', 'prefault', 'pipe'].includes(def.type)) {
    def = defOf(def.type === 'pipe' ? (defOf(def.in).type === 'transform' ? def.out : def.in) : def.innerType);
  }
  return def;
}

/** Every field of an object schema, and of the objects in it, as paths: `sources`, `sources[0].url`. */
function fieldPaths(shape: Record<string, unknown>, prefix: PropertyKey[] = []): PropertyKey[][] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const here = [...prefix, key];
    const def = inner(field);
    if (def.type === 'object') return [here, ...fieldPaths(def.shape as Record<string, unknown>, here)];
    if (def.type === 'array' && inner(def.element).type === 'object') {
      return [here, ...fieldPaths(inner(def.element).shape as Record<string, unknown>, [...here, 0])];
    }
    return [here];
  });
}

function withValue(data: unknown, path: readonly PropertyKey[], value: unknown): unknown {
  const copy = structuredClone(data) as Record<PropertyKey, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key as string] === null || typeof node[key as string] !== 'object')
      node[key as string] = typeof key === 'number' ? [] : {};
    node = node[key as string] as Record<PropertyKey, unknown>;
  }
  node[path.at(-1) as string] = value;
  return copy;
}

/** A value of each kind an editor might write by mistake. */
const WRONG_VALUES: unknown[] = [
  12,
  0,
  true,
  null,
  'some text',
  '',
  ['x'],
  [19],
  { a: 'b' },
  '2021-02-30',
  '<b>x</b>',
  '=HYPERLINK("https://example.org")',
];

/** One entry of each collection, with its schema; a follow-up of each kind. */
const ENTRIES: { file: string; schema: z.ZodType; data: Record<string, unknown>; shape: Record<string, unknown> }[] = [
  { file: DECISION, schema: decisionSchema },
  { file: MEETING, schema: meetingSchema },
  { file: COMMITTEE, schema: committeeSchema },
  { file: TRANSLATION, schema: translationSchema },
  { file: PUBLISHER, schema: publisherSchema },
].map(({ file, schema }) => ({ file, schema, data: fieldsOf(file), shape: inner(schema).shape as Record<string, unknown> }));
for (const option of defOf(followupSchema).options as unknown[]) {
  const shape = defOf(option).shape as Record<string, unknown>;
  const kind = (defOf(shape.kind).values as string[])[0]!;
  const base = fieldsOf(FOLLOWUP);
  const data: Record<string, unknown> = { ...base, kind };
  if (kind !== 'state-position') delete data.meeting;
  for (const [field, schema] of Object.entries(shape)) {
    if (!(field in data) && inner(schema).type === 'enum')
      data[field] = (inner(schema).entries as Record<string, string>)[Object.keys(inner(schema).entries as object)[0]!];
  }
  ENTRIES.push({ file: FOLLOWUP, schema: followupSchema, data, shape });
}

it('starts from a clean site: no error and no warning', () => {
  expect(validateWith({}).results).toEqual([]);
});

describe('every field given a value of the wrong kind', () => {
  const cases = ENTRIES.flatMap((entry) =>
    fieldPaths(entry.shape).flatMap((path) =>
      WRONG_VALUES.map((value) => ({
        entry,
        path,
        value,
        label: `${entry.file} ${String(entry.data.kind ?? '')} ${path.join('.')} = ${JSON.stringify(value)}`,
      })),
    ),
  );

  it(`covers ${new Set(cases.map((c) => `${c.entry.file} ${String(c.entry.data.kind ?? '')} ${c.path.join('.')}`)).size} fields with ${WRONG_VALUES.length} wrong values each`, () => {
    expect(cases.length).toBeGreaterThan(500);
  });

  it.each(cases)('$label', ({ entry, path, value, label }) => {
    const data = withValue(entry.data, path, value);
    const text = entryText(data, bodyOf(entry.file));
    const outcome = validateWith({ [entry.file]: text });
    expectWellTold(outcome, label);
    const errors = outcome.results.filter((result) => result.severity === 'error' && result.file === entry.file);
    const refused = !entry.schema.safeParse(data).success;
    const notText = typeof value === 'string' && /^(<b>|=)/.test(value);
    if (refused || notText) {
      // No silent pass: the file is named, and an error is on the field or around it.
      expect(errors.length, `${label}: no error`).toBeGreaterThan(0);
      const top = String(path[0]);
      const onField = errors.filter(
        (error) => error.field === top || error.field.startsWith(`${top}.`) || error.field.startsWith(`${top}[`),
      );
      if (onField.length > 0) {
        const exact = onField.find(
          (error) =>
            error.field.replace(/\[\d+\]$/, '') ===
            path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join(''),
        );
        if (exact) expect(exact.line, `${label}: ${exact.field} ${exact.message}`).toBeGreaterThanOrEqual(lineOf(text, path));
        if (exact && !Array.isArray(value) && !(value && typeof value === 'object')) {
          expect(exact.line, `${label}: ${exact.field} ${exact.message}`).toBe(lineOf(text, path));
        }
      } else {
        // A check that compares fields names the other field, or the file name made of them.
        expect(errors.map((error) => error.field).join(' '), label).toMatch(/\w/);
      }
    }
  });
});

/** Bytes of text in Windows-1251, as a translation saved by an old editor would be. */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return 0x3f;
    }),
  );
}

const decisionText = cleanText(DECISION);
/** The clean decision with one line replaced. */
const decisionWith = (from: string | RegExp, to: string) => {
  const changed = decisionText.replace(from, to);
  if (changed === decisionText) throw new Error(`the fixture holds no ${String(from)}`);
  return changed;
};
const lineIn = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

type Expected = { file?: string; line?: number; field?: string | RegExp; message: RegExp; severity?: 'error' | 'warning' };
type Family = { family: string; name: string; changes: Record<string, Change>; expected: Expected[] };

const manyNumbers = `---\ncommittee: CCPR\ncommunications:\n${Array.from({ length: 10_000 }, (_, index) => `  - ${index}-2015`).join('\n')}\nauthors: [A]\nsources:\n  - url: https://example.org/a\n    label: A\n---\nText.\n`;
const longField = decisionWith(/^subject: .*$/m, `subject: ${'<a'.repeat(100_000)}`);

const FAMILIES: Family[] = [
  ...['', 'TBD', 'CCPR/C/KAZ/CO/2', 'CCPR/C/111/Add.1', 'CCPR/C/111/D2009/2010'].map((symbol) => ({
    family: 'a symbol failing its pattern',
    name: JSON.stringify(symbol),
    changes: { [DECISION]: decisionWith('  - CCPR/C/130/D/2521/2015', `  - '${symbol}'`) },
    expected: [{ line: 6, field: 'symbols[0]', message: /write a UN document symbol as BODY\/C\/SESSION\/D\/NUMBER\/YEAR/ }],
  })),
  {
    family: 'a YAML alias that contains itself',
    name: 'authors: &a [*a]',
    changes: { [DECISION]: decisionWith(/^authors:\n {2}- Ermek Narymbaev$/m, 'authors: &a [*a]') },
    expected: [{ line: 7, field: 'authors', message: /write them out in full/ }],
  },
  {
    family: 'symbolic links',
    name: 'a link to a file that does not exist',
    changes: { 'src/content/decisions/ccpr-1-2020.md': { link: '/nonexistent/ccpr-1-2020.md' } },
    expected: [{ file: 'src/content/decisions/ccpr-1-2020.md', line: 1, field: '(file)', message: /symbolic link/ }],
  },
  {
    family: 'symbolic links',
    name: 'a folder linking to itself',
    changes: { 'src/content/decisions/loop': { link: '.' } },
    expected: [{ file: 'src/content/decisions/loop', line: 1, field: '(file)', message: /symbolic link/ }],
  },
  {
    family: 'symbolic links',
    name: 'an entry linked from outside the content',
    changes: { 'src/content/decisions/ccpr-1-2020.md': { link: join(clean, DECISION) } },
    expected: [{ file: 'src/content/decisions/ccpr-1-2020.md', field: '(file)', message: /put the file itself here/ }],
  },
  {
    family: 'inputs that took minutes',
    name: '10,000 malformed numbers in one list',
    changes: { 'src/content/decisions/ccpr-1-2015.md': manyNumbers },
    expected: [
      { file: 'src/content/decisions/ccpr-1-2015.md', line: 4, field: 'communications[0]', message: /number\/year/ },
      { file: 'src/content/decisions/ccpr-1-2015.md', line: 10_003, field: 'communications[9999]', message: /number\/year/ },
    ],
  },
  {
    family: 'inputs that took minutes',
    name: 'a field of 200 KB of "<a"',
    changes: { [DECISION]: longField },
    expected: [{ line: lineIn(longField, 'subject:'), field: 'subject', message: /200,000 characters long/ }],
  },
  {
    family: 'a tab in the fields',
    name: 'a tab as indentation',
    changes: { [DECISION]: decisionWith('  - Ermek Narymbaev', '\t- Ermek Narymbaev') },
    expected: [{ line: 8, field: 'authors', message: /a tab: indent .* with spaces only/ }],
  },
  {
    family: 'a tab in the fields',
    name: 'a tab after a colon',
    changes: { [DECISION]: decisionWith('type: views', 'type:\tviews') },
    expected: [{ line: lineIn(decisionText, 'type: views'), field: 'type', message: /a tab/ }],
  },
  {
    family: 'dates YAML would change',
    name: 'an impossible day, unquoted',
    changes: { [DECISION]: decisionWith("adopted: '2020-11-06'", 'adopted: 2021-02-30') },
    expected: [{ line: 11, field: 'adopted', message: /2021-02-30 is not a day of the calendar/ }],
  },
  {
    family: 'dates YAML would change',
    name: 'a time whose zone moves the day',
    changes: { [DECISION]: decisionWith("adopted: '2020-11-06'", 'adopted: 2020-11-06T23:30:00-05:00') },
    expected: [{ line: 11, field: 'adopted', message: /write a date as YYYY-MM-DD.*found "2020-11-06T23:30:00-05:00"/ }],
  },
  {
    family: 'ambiguous numbers',
    name: 'a session with a leading zero',
    changes: { [DECISION]: decisionWith('session: 130', 'session: 0130') },
    expected: [{ line: 13, field: 'session', message: /write 130 without the leading zero/ }],
  },
  {
    family: 'ambiguous numbers',
    name: 'a meeting number in hexadecimal',
    changes: { [MEETING]: cleanText(MEETING).replace('number: 1', 'number: 0x1') },
    expected: [{ file: MEETING, line: 2, field: 'number', message: /whole number/ }],
  },
  {
    family: 'ambiguous numbers',
    name: 'a follow-up year with a leading zero',
    changes: { [FOLLOWUP]: cleanText(FOLLOWUP).replace('date: 2021-05', 'date: 02021') },
    expected: [{ file: FOLLOWUP, line: 5, field: 'date', message: /YYYY/ }],
  },
  {
    family: 'fields replaced by their defaults',
    name: 'verification: 2020-01-01',
    changes: { [DECISION]: decisionWith(/^verification:\n( {2}.*\n)*/m, 'verification: 2020-01-01\n') },
    expected: [{ field: 'verification', message: /write verification as a block of fields/ }],
  },
  ...[
    ['U+202E', '\u202E', /right-to-left override, U\+202E/],
    ['a zero-width space', '\u200B', /zero-width space, U\+200B/],
    ['NUL', '\u0000', /control character, U\+0000/],
    ['U+FFFD', '\uFFFD', /replacement character/],
  ].map(([name, char, message]) => ({
    family: 'invisible and damaged characters',
    name: `${name as string} in a name`,
    changes: { [DECISION]: decisionWith('  - Ermek Narymbaev', `  - Ermek ${char as string}Narymbaev`) },
    expected: [{ line: 8, field: 'authors', message: message as RegExp }],
  })),
  {
    family: 'invisible and damaged characters',
    name: 'a translation saved in Windows-1251',
    changes: { [TRANSLATION]: windows1251(cleanText(TRANSLATION)) },
    expected: [{ file: TRANSLATION, line: 2, field: '(file)', message: /not saved as UTF-8.*Windows-1251.*Наказание/ }],
  },
  {
    family: 'HTML and links in the summary',
    name: 'a script between two HTML comments',
    changes: { [DECISION]: `${decisionText}\n<!-- a --><script>alert(1)</script><!-- b -->\n` },
    expected: [{ line: lineIn(decisionText, '[decision]') + 2, field: '(body)', message: /<script> element is not allowed/ }],
  },
  ...['//evil.example/', '/\\evil.example/'].map((address) => ({
    family: 'HTML and links in the summary',
    name: `a link starting ${address.slice(0, 2)}`,
    changes: { [DECISION]: `${decisionText}\nSee [this](${address}).\n` },
    expected: [{ field: '(body)', message: /leads to another site/ }],
  })),
  {
    family: 'two files for one entry',
    name: 'a second committee file with the same code',
    changes: { 'src/content/committees/hrc.md': cleanText(COMMITTEE) },
    expected: [{ file: 'src/content/committees/hrc.md', message: /named after its code|already the code of/ }],
  },
  {
    family: 'spreadsheet formulas',
    name: '=HYPERLINK in a name',
    changes: { [DECISION]: decisionWith('  - Ermek Narymbaev', `  - '=HYPERLINK("https://evil.example","x")'`) },
    expected: [{ line: 8, field: 'authors[0]', message: /read as a formula by spreadsheets/ }],
  },
  {
    family: 'look-alike letters',
    name: 'Cyrillic С in ССPR',
    changes: { [DECISION]: decisionWith('committee: CCPR', 'committee: ССPR') },
    expected: [{ line: 2, field: 'committee', message: /Cyrillic С, U\+0421/ }],
  },
  {
    family: 'when to quote',
    name: 'a colon in a value',
    changes: {
      [FOLLOWUP]: cleanText(FOLLOWUP).replace('title: Position of Kazakhstan sent to OHCHR', 'title: Position: sent to OHCHR'),
    },
    expected: [{ file: FOLLOWUP, line: 6, field: 'title', message: /holds ": ".*quotes/ }],
  },
  {
    family: 'when to quote',
    name: 'curly quotes around a value with a colon',
    changes: {
      [FOLLOWUP]: cleanText(FOLLOWUP).replace('title: Position of Kazakhstan sent to OHCHR', 'title: ‘Position: sent’'),
    },
    expected: [{ file: FOLLOWUP, line: 6, field: 'title', message: /curly quotes/ }],
  },
  {
    family: 'when to quote',
    name: 'an article written as a number',
    changes: { [DECISION]: decisionWith("  - '19'\n  - '21'", '  - 19\n  - 21') },
    expected: [{ line: 22, field: 'articlesInvoked[0]', message: /write it in quotes, '19'/ }],
  },
  {
    family: 'when to quote',
    name: 'a list written as one value',
    changes: { [DECISION]: decisionWith("articlesViolated:\n  - '19'", "articlesViolated: '19'") },
    expected: [
      {
        field: 'articlesViolated',
        message: /list the articles the committee found violated, one per line starting with "- ", e.g. - '19'/,
      },
    ],
  },
  {
    family: 'YAML errors on the right line',
    name: 'an unclosed list',
    changes: { [DECISION]: decisionWith('type: views', 'type: [views') },
    expected: [{ line: lineIn(decisionText, 'type: views'), field: 'type', message: /not closed/ }],
  },
  {
    family: 'YAML errors on the right line',
    name: 'a line that is not a field',
    changes: { [DECISION]: decisionWith('type: views', 'type: views\nthe committee found') },
    expected: [{ line: lineIn(decisionText, 'type: views') + 1, message: /this line is not a field/ }],
  },
  {
    family: 'YAML errors on the right line',
    name: 'an unclosed quote',
    changes: {
      [DECISION]: decisionWith('subject: Sanction for handing out leaflets', "subject: 'Sanction for handing out leaflets"),
    },
    expected: [{ line: lineIn(decisionText, 'subject:'), field: 'subject', message: /quote ' that its line does not close/ }],
  },
  {
    family: 'YAML errors on the right line',
    name: 'a field written twice',
    changes: { [DECISION]: decisionWith('type: views', 'type: views\ntype: views') },
    expected: [{ line: lineIn(decisionText, 'type: views') + 1, field: 'type', message: /written twice/ }],
  },
  {
    family: 'rules an editor needs',
    name: 'a file name that is not the committee and first number',
    changes: { [DECISION]: null, 'src/content/decisions/ccpr-2522-2015.md': decisionText },
    expected: [
      {
        file: 'src/content/decisions/ccpr-2522-2015.md',
        line: 4,
        field: '(file)',
        message: /rename ccpr-2522-2015\.md to ccpr-2521-2015\.md/,
      },
    ],
  },
  {
    family: 'rules an editor needs',
    name: 'a decision without its Kazakh summary',
    changes: { 'src/content/translations/kk/decisions/ccpr-2521-2015.md': null },
    expected: [
      {
        line: 1,
        field: '(translation)',
        message: /add src\/content\/translations\/kk\/decisions\/ccpr-2521-2015\.md/,
        severity: 'warning',
      },
    ],
  },
  {
    family: 'rules an editor needs',
    name: 'a field that belongs under another',
    changes: { [DECISION]: decisionWith('session: 130', 'session: 130\nuncertain: true') },
    expected: [{ line: 14, field: 'uncertain', message: /belongs under "verification:"/ }],
  },
];

describe('each family of mistake', () => {
  it(`covers ${new Set(FAMILIES.map((family) => family.family)).size} families with ${FAMILIES.length} inputs`, () => {
    expect(FAMILIES.length).toBeGreaterThan(30);
  });

  it.each(FAMILIES)('$family: $name', ({ family, name, changes, expected }) => {
    const outcome = validateWith(changes);
    expectWellTold(outcome, `${family}: ${name}`);
    for (const want of expected) {
      const found = outcome.results.filter(
        (result) =>
          result.file === (want.file ?? DECISION) &&
          result.severity === (want.severity ?? 'error') &&
          want.message.test(result.message) &&
          (want.field === undefined ||
            (typeof want.field === 'string' ? result.field === want.field : want.field.test(result.field))) &&
          (want.line === undefined || result.line === want.line),
      );
      const all = outcome.results.map(
        (result) => `${result.file}:${result.line} ${result.severity} ${result.field}: ${result.message.slice(0, 160)}`,
      );
      expect(
        found,
        `${family}: ${name}\nexpected ${JSON.stringify({ ...want, message: String(want.message) })}\ngot:\n${all.join('\n')}`,
      ).not.toEqual([]);
    }
  });

  it('says an error in a decision once, not again on each of its translations', () => {
    const outcome = validateWith({ [DECISION]: decisionWith('outcome: violation', 'outcome: violaton') });
    const errors = outcome.results.filter((result) => result.severity === 'error');
    expect(errors.map((error) => `${error.file} ${error.field}`)).toEqual([`${DECISION} outcome`]);
  });

  it('never prints a stack trace on the command line', () => {
    const project = mkdtempSync(join(scratch, 'cli-'));
    cpSync(clean, project, { recursive: true });
    for (const { changes } of FAMILIES.filter((family) => !family.name.startsWith('10,000'))) {
      for (const [file, change] of Object.entries(changes)) {
        if (change === null || (typeof change === 'object' && 'link' in change)) continue;
        writeFileSync(join(project, file.replace(/\.md$/, `-${Math.random().toString(36).slice(2, 8)}.md`)), change);
      }
    }
    const result = spawnSync(process.execPath, [join(root, 'scripts/validate.ts'), '--root', project], { encoding: 'utf8' });
    rmSync(project, { recursive: true, force: true });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(NOT_FOR_EDITORS);
  });
});
