/**
 * Creates a correctly named, valid skeleton for a new entry.
 *
 *   npm run new -- decision --committee CCPR --number 2521/2015 --author "Ermek Narymbaev" --source-url https://... --source-label "..." [--symbol ...] [--submitted 02.09.2014] [--adopted 2020-11-06]
 *   npm run new -- followup --decision ccpr-2521-2015 --kind state-position --date 2021-05 --title "..." --source-url https://... --source-label "..."
 *
 * --number, --symbol, --author and --decision may be given more than once,
 * one value each. Dates may be written 2020-11-06, 06.11.2020 or 06/11/2020
 * (day first); they are written 2020-11-06. On a terminal it asks for
 * whatever the flags leave out, checks each answer as it is given, and asks
 * again for one that is wrong, keeping the others. It refuses to overwrite an
 * existing file or to name a committee that has no entry, checks the entry
 * with the same schema as the build, and prints the path it wrote. It never
 * fills in a source: give the address of the document you read.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { decisionSchema } from '../src/schemas/decision.ts';
import { FOLLOWUP_KINDS, followupSchema } from '../src/schemas/followup.ts';
import { communicationNumber, documentSymbol, httpsUrl, isoDay, partialDate } from '../src/schemas/common.ts';
import { closest } from './lib/closest.ts';
import { readCommandLine } from './lib/command-line.ts';
import { fieldPath } from '../src/lib/schema-issues.ts';
import { explainIssue } from './lib/issue-messages.ts';

const { values, positionals } = readCommandLine(import.meta.filename, {
  allowPositionals: true,
  options: {
    /** The project folder; the tests point it at a scratch copy. */
    root: { type: 'string', default: join(import.meta.dirname, '..') },
    committee: { type: 'string' },
    number: { type: 'string', multiple: true },
    symbol: { type: 'string', multiple: true },
    author: { type: 'string', multiple: true },
    submitted: { type: 'string' },
    adopted: { type: 'string' },
    decision: { type: 'string', multiple: true },
    kind: { type: 'string' },
    date: { type: 'string' },
    title: { type: 'string' },
    'source-url': { type: 'string' },
    'source-label': { type: 'string' },
  },
});

const root = values.root!;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const interactive = process.stdin.isTTY === true;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

function stopped(): never {
  console.error('\nStopped: nothing was written.');
  process.exit(130);
}
let asking = false;
// The terminal's input ending while a question waits (Ctrl+D on an empty line) stops the command too.
prompt?.on('close', () => {
  if (asking) stopped();
});

/** The answer on the terminal; Ctrl+C or Ctrl+D there stops the command, with nothing written. */
async function answer(prompt: Interface, question: string): Promise<string> {
  asking = true;
  try {
    return (await prompt.question(question)).trim();
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') stopped();
    throw error;
  } finally {
    asking = false;
  }
}

/** A value read from an answer, or what is wrong with the answer; `sentence` when the problem names the value itself. */
type Reading<T> = { value: T } | { problem: string; sentence?: true };
type Reader<T> = (text: string) => Reading<T>;

/**
 * The flag's value, or the answer to a question on a terminal, read by `read`. A wrong flag stops
 * the command with what is wrong; a wrong answer is said, and the question asked again. An
 * optional question left empty gives null.
 */
async function ask<T>(
  given: string | string[] | undefined,
  flag: string,
  question: string,
  read: Reader<T>,
  optional?: 'optional',
): Promise<T | null> {
  const flagged = Array.isArray(given) ? given.join(';') : given;
  if (flagged !== undefined && (flagged.trim() !== '' || optional)) {
    if (flagged.trim() === '') return null;
    const reading = read(flagged.trim());
    if ('problem' in reading) fail(reading.sentence ? reading.problem : `--${flag} ${flagged}: ${reading.problem}`);
    return reading.value;
  }
  if (!prompt) {
    if (optional) return null;
    fail(`Give --${flag}: ${question}`);
  }
  for (;;) {
    const text = await answer(prompt, `${question}${optional ? ' (Enter to leave empty)' : ''}: `);
    if (text === '') {
      if (optional) return null;
      continue;
    }
    const reading = read(text);
    if ('value' in reading) return reading.value;
    console.log(`  ${/[.?!]$/.test(reading.problem) ? reading.problem : `${reading.problem}.`} Try again.`);
  }
}

/** The message for a value the schema refuses, as the validator words it. */
function problemOf(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  return explainIssue(result.error.issues[0]!, value, schema)[0]!.message;
}

/** Reads one value with `schema`. */
const by =
  (schema: z.ZodType): Reader<string> =>
  (text) => {
    const problem = problemOf(schema, text);
    return problem ? { problem } : { value: text };
  };

/** Reads a list given as one answer, items separated with ";", each read by `item`. */
const listOf =
  <T>(item: Reader<T>): Reader<T[]> =>
  (text) => {
    const items = text
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean);
    const values: T[] = [];
    for (const part of items) {
      const reading = item(part);
      if ('problem' in reading) return reading.problem.includes(part) ? reading : { problem: `${part}: ${reading.problem}` };
      values.push(reading.value);
    }
    return values.length > 0 ? { value: values } : { problem: 'give at least one' };
  };

const someText: Reader<string> = (text) => ({ value: text });

/**
 * A date as people type it: 2018-10-25, 25.10.2018 or 25/10/2018 (the day first, as in Kazakhstan),
 * or, where `partial`, 2018-10, 10.2018 or 2018; read as YYYY-MM-DD (YYYY-MM, YYYY).
 */
function dateReader(partial: boolean): Reader<string> {
  const schema = partial ? partialDate : isoDay;
  return (text) => {
    const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
    const monthFirst = partial ? /^(\d{1,2})[./](\d{4})$/.exec(text) : null;
    let iso = text;
    if (dayFirst) {
      const [, day, month, year] = dayFirst;
      if (Number(month) > 12 && Number(day) <= 12) {
        return {
          problem: `${month} is not a month: write the day first, ${month}.${day}.${year}, or write ${year}-${day!.padStart(2, '0')}-${month}`,
        };
      }
      iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    } else if (monthFirst) {
      iso = `${monthFirst[2]}-${monthFirst[1]!.padStart(2, '0')}`;
    }
    const problem = problemOf(schema, iso);
    return problem
      ? { problem: problem.includes(iso) || iso === text ? problem : `${problem} (read as ${iso})` }
      : { value: iso };
  };
}

/** Reads one of `known`, with the one probably meant for a near miss. */
function oneOf(known: readonly string[], noun: string, normalise = (text: string) => text): Reader<string> {
  return (text) => {
    const value = normalise(text);
    if (known.includes(value)) return { value };
    const meant = closest(value, known);
    return {
      problem: `No ${noun} ${value}.${meant ? ` Did you mean ${meant}?` : ''} The ${noun}s are ${known.join(', ')}.`,
      sentence: true,
    };
  };
}

/** The names, without `.md`, of a collection's entries; none when its folder is missing. */
function entryIds(collection: string): string[] {
  const folder = join(root, 'src/content', collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
}

function refuseOverwrite(path: string) {
  if (existsSync(path)) fail(`${relative(root, path)} already exists: edit that file instead, or choose another name.`);
}

/** Stops, with nothing written, if the whole entry would not be valid (the checks that compare its fields). */
function check(schema: z.ZodType, data: unknown) {
  const result = schema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.flatMap((issue) =>
      explainIssue(issue, data, schema, FOLLOWUP_KINDS).map(
        ({ path, message }) => `  ${fieldPath(path) || '(entry)'}: ${message}`,
      ),
    );
    fail(`The entry would not be valid, so nothing was written:\n${[...new Set(lines)].join('\n')}`);
  }
}

function write(path: string, data: Record<string, unknown>, comment: string, body: string) {
  const yaml = stringify(data, { lineWidth: 0 });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\n# ${comment}\n${yaml}---\n${body}\n`, { flag: 'wx' });
  console.log(relative(root, path));
}

/** The source the editor read: never filled in for them. */
async function askSource() {
  const url = (await ask(
    values['source-url'],
    'source-url',
    'Address (https://...) of the document you read, the UN document first',
    by(httpsUrl),
  ))!;
  const label = (await ask(
    values['source-label'],
    'source-label',
    'Short name of that document, e.g. UN document CCPR/C/130/D/2521/2015',
    someText,
  ))!;
  return [{ url, label }];
}

const what = positionals[0] ?? (await ask(undefined, 'kind of entry', 'What do you add: decision or followup', someText));

if (what === 'decision') {
  // The validator would refuse a decision of a committee that has no entry; say so before writing it.
  const committees = entryIds('committees').map((id) => id.toUpperCase());
  if (committees.length === 0)
    fail('src/content/committees/ holds no committee entry: a decision needs the file of its committee first.');
  const committee = (await ask(
    values.committee,
    'committee',
    `Committee (${committees.join(', ')})`,
    oneOf(committees, 'committee', (text) => text.toUpperCase()),
  ))!;
  const numbers = (await ask(
    values.number,
    'number',
    'Communication number(s), e.g. 2521/2015 (separate several with ";")',
    listOf(by(communicationNumber)),
  ))!;
  const id = `${committee.toLowerCase()}-${numbers[0]!.replace('/', '-')}`;
  const path = join(root, 'src/content/decisions', `${id}.md`);
  refuseOverwrite(path);
  const authors = (await ask(
    values.author,
    'author',
    'Author(s) as the committee published them (separate several with ";")',
    listOf(someText),
  ))!;
  /** A symbol of this committee that names one of these communications. */
  const symbolReader: Reader<string> = (text) => {
    const reading = by(documentSymbol)(text);
    if ('problem' in reading) return reading;
    if (!text.startsWith(`${committee}/`))
      return { problem: `${text} is a symbol of ${text.split('/')[0]}, not of ${committee}` };
    const number = /\/D\/(\d+\/\d{4})/.exec(text)?.[1];
    if (number && !numbers.includes(number))
      return { problem: `${text} names communication ${number}, which is not among ${numbers.join(', ')}` };
    return reading;
  };
  const symbols =
    (await ask(
      values.symbol,
      'symbol',
      'UN document symbol(s), e.g. CCPR/C/130/D/2521/2015 (separate several with ";")',
      listOf(symbolReader),
      'optional',
    )) ?? [];
  const adopted = await ask(
    values.adopted,
    'adopted',
    'Date of adoption, e.g. 2020-11-06 or 06.11.2020',
    dateReader(false),
    'optional',
  );
  const submittedReader: Reader<string> = (text) => {
    const reading = dateReader(false)(text);
    if ('value' in reading && adopted && reading.value > adopted) {
      return {
        problem: `the complaint was submitted before the decision was adopted (${adopted}): ${reading.value} is after it`,
      };
    }
    return reading;
  };
  const submitted = await ask(
    values.submitted,
    'submitted',
    'Date of submission, e.g. 2014-09-02 or 02.09.2014',
    submittedReader,
    'optional',
  );
  const sources = await askSource();
  const data = {
    committee,
    communications: numbers,
    symbols,
    authors,
    counsel: null,
    submitted,
    adopted,
    transmitted: null,
    session: null,
    type: null,
    outcome: null,
    subject: null,
    proceduralIssues: null,
    substantiveIssues: null,
    articlesInvoked: null,
    articlesViolated: null,
    remedies: null,
    publicationRequested: null,
    followUpDays: null,
    sources,
    verification: {
      uncertain: true,
      outcomeSource: null,
      outcomeReportedBy: [],
      outcomeBasis: null,
      checkedAgainst: null,
      openQuestions: null,
    },
  };
  check(decisionSchema, data);
  prompt?.close();
  write(
    path,
    data,
    'Fill in each null field from the UN document; leave null what no source states. Field meanings: src/schemas/decision.ts and CONTRIBUTING.md. Set verification.uncertain to false once checked.',
    '<!-- Write the summary here in plain language: what happened, what the author claimed, what the committee found, what it asked the State to do. Then delete this line. -->',
  );
} else if (what === 'followup') {
  // Each answer is checked as soon as it is given, so that no later answer is typed in vain.
  const known = entryIds('decisions');
  const decisionReader: Reader<string> = (text) => {
    if (known.includes(text)) return { value: text };
    const meant = closest(text, known);
    return {
      problem: `No decision ${text}: src/content/decisions/${text}.md does not exist.${meant ? ` Did you mean ${meant}?` : ''}`,
      sentence: true,
    };
  };
  const decisions = (await ask(
    values.decision,
    'decision',
    'Decision file name(s) without .md, e.g. ccpr-2521-2015 (separate several with ";")',
    listOf(decisionReader),
  ))!;
  const kind = (await ask(values.kind, 'kind', `Kind (${FOLLOWUP_KINDS.join(', ')})`, oneOf(FOLLOWUP_KINDS, 'kind')))!;
  const date = await ask(values.date, 'date', 'Date: 2021-05-14, 14.05.2021, 2021-05 or 2021', dateReader(true), 'optional');
  const title = (await ask(values.title, 'title', 'Short factual title', someText))!;
  const sources = await askSource();
  const data: Record<string, unknown> = { kind, decisions, date, title, sources };
  if (kind === 'domestic-measure') data.measure = 'other';
  if (kind === 'comment') data.by = 'ngo';
  if (kind === 'committee-document') data.documentType = 'other';
  check(followupSchema, data);
  prompt?.close();
  const stem = `${decisions[0] ?? 'general'}-${date ?? 'undated'}-${kind}`;
  let name = stem;
  for (let n = 2; existsSync(join(root, 'src/content/followups', `${name}.md`)); n += 1) name = `${stem}-${n}`;
  write(
    join(root, 'src/content/followups', `${name}.md`),
    data,
    'Field meanings: src/schemas/followup.ts and CONTRIBUTING.md.',
    '<!-- Say in plain words what happened, according to the source. Then delete this line. -->',
  );
} else {
  fail(`Say what to add: npm run new -- decision, or npm run new -- followup (not "${what}").`);
}
