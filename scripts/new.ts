/**
 * Creates a correctly named, valid skeleton for a new entry.
 *
 *   npm run new -- decision --committee CCPR --number 2521/2015 --author "Ermek Narymbaev" [--symbol ...] [--submitted YYYY-MM-DD] [--adopted YYYY-MM-DD]
 *   npm run new -- followup --decision ccpr-2521-2015 --kind state-position --date 2021-05 --title "..." --source-url https://... --source-label "..."
 *
 * --number, --symbol, --author and --decision may be given more than once,
 * one value each. On a terminal it asks for whatever the flags leave out. It
 * refuses to overwrite an existing file or to name a committee that has no
 * entry, checks the entry with the same schema as the build, and prints the
 * path it wrote.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { stringify } from 'yaml';
import { decisionSchema } from '../src/schemas/decision.ts';
import { FOLLOWUP_KINDS, followupSchema } from '../src/schemas/followup.ts';
import { describeIssues } from '../src/lib/schema-issues.ts';
import { closest } from './lib/closest.ts';
import { readCommandLine } from './lib/command-line.ts';

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

/** The flag's value, or the answer to a question on a terminal; stops with the flag to give otherwise. */
async function ask(value: string | undefined, flag: string, question: string): Promise<string> {
  if (value !== undefined && value.trim() !== '') return value.trim();
  if (!prompt) fail(`Give --${flag}: ${question}`);
  for (;;) {
    const given = await answer(prompt, `${question}: `);
    if (given) return given;
  }
}

async function askList(value: string[] | undefined, flag: string, question: string): Promise<string[]> {
  if (value && value.length > 0) return value;
  const answer = await ask(undefined, flag, `${question} (separate several with ";")`);
  return answer
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

async function askOptional(value: string | undefined, question: string): Promise<string | null> {
  if (value !== undefined) return value.trim() || null;
  if (!prompt) return null;
  return (await answer(prompt, `${question} (Enter to leave empty): `)) || null;
}

/** Stops unless `value` is one of `known`, with the one probably meant and the list of them. */
function refuseUnknown(value: string, known: readonly string[], noun: string): void {
  if (known.includes(value)) return;
  const meant = closest(value, known);
  fail(`No ${noun} ${value}.${meant ? ` Did you mean ${meant}?` : ''} The ${noun}s are ${known.join(', ')}.`);
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

function check(schema: typeof decisionSchema | typeof followupSchema, data: unknown) {
  const result = schema.safeParse(data);
  if (!result.success) {
    fail(
      `The entry would not be valid, so nothing was written:\n${describeIssues(result.error)
        .map((issue) => `  ${issue.field}: ${issue.message}`)
        .join('\n')}`,
    );
  }
}

function write(path: string, data: Record<string, unknown>, comment: string, body: string) {
  const yaml = stringify(data, { lineWidth: 0 });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\n# ${comment}\n${yaml}---\n${body}\n`, { flag: 'wx' });
  console.log(relative(root, path));
}

const what = positionals[0] ?? (await ask(undefined, 'kind of entry', 'What do you add: decision or followup'));

if (what === 'decision') {
  // The validator would refuse a decision of a committee that has no entry; say so before writing it.
  const committees = entryIds('committees').map((id) => id.toUpperCase());
  const committee = (await ask(values.committee, 'committee', `Committee (${committees.join(', ')})`)).toUpperCase();
  if (committees.length === 0) fail(`No committee ${committee}: src/content/committees/ holds no committee entry.`);
  refuseUnknown(committee, committees, 'committee');
  const numbers = await askList(values.number, 'number', 'Communication number(s), e.g. 2521/2015');
  const authors = await askList(values.author, 'author', 'Author(s) as the committee published them');
  const symbols =
    values.symbol ??
    (await askOptional(undefined, 'UN document symbol(s), e.g. CCPR/C/130/D/2521/2015'))?.split(';').map((s) => s.trim()) ??
    [];
  const adopted = await askOptional(values.adopted, 'Date of adoption, YYYY-MM-DD');
  const submitted = await askOptional(values.submitted, 'Date of submission, YYYY-MM-DD');
  const id = `${committee.toLowerCase()}-${numbers[0]!.replace('/', '-')}`;
  const path = join(root, 'src/content/decisions', `${id}.md`);
  refuseOverwrite(path);
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
    sources: symbols.map((symbol) => ({
      url: `https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=${encodeURIComponent(symbol)}&Lang=en`,
      label: `UN document ${symbol}`,
    })),
    verification: { uncertain: true, outcomeBasis: null, checkedAgainst: null, openQuestions: null },
  };
  if (data.sources.length === 0) {
    const url = await ask(values['source-url'], 'source-url', 'Address (https://...) of the source you read');
    const label = await ask(values['source-label'], 'source-label', 'Short name of that source');
    data.sources = [{ url, label }];
  }
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
  const decisions = await askList(values.decision, 'decision', 'Decision file name(s) without .md, e.g. ccpr-2521-2015');
  const known = entryIds('decisions');
  for (const id of decisions) {
    if (known.includes(id)) continue;
    const meant = closest(id, known);
    fail(`No decision ${id}: src/content/decisions/${id}.md does not exist.${meant ? ` Did you mean ${meant}?` : ''}`);
  }
  const kind = await ask(values.kind, 'kind', `Kind (${FOLLOWUP_KINDS.join(', ')})`);
  refuseUnknown(kind, FOLLOWUP_KINDS, 'kind');
  const date = await askOptional(values.date, 'Date: YYYY, YYYY-MM or YYYY-MM-DD');
  const title = await ask(values.title, 'title', 'Short factual title');
  const url = await ask(values['source-url'], 'source-url', 'Address (https://...) of the source');
  const label = await ask(values['source-label'], 'source-label', 'Short name of the source');
  const data: Record<string, unknown> = { kind, decisions, date, title, sources: [{ url, label }] };
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
