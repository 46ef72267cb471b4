/**
 * One-off import of the researched facts in `../shared/data/` into content
 * entries, with the summaries the editors wrote for them.
 *
 *   node scripts/import-shared-data.ts --summaries <folder> [--data ../shared/data]
 *
 * `<folder>` holds JSON files of `{ index, summary: { en } }` (decisions) and
 * `followups.json` of `{ index, title: { en }, body: { en } }`. The script never
 * overwrites an entry that exists: once imported, the Markdown file is the record
 * and editors correct it there. Every entry it writes is checked against the
 * same schemas Astro uses before it is written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { decisionSchema } from '../src/schemas/decision.ts';
import { followupSchema } from '../src/schemas/followup.ts';
import { readCommandLine } from './lib/command-line.ts';

type Record = {
  committee: string;
  communication_numbers: string[];
  document_symbol: string | null;
  authors: string[];
  represented_by: string | null;
  date_of_submission: string | null;
  date_of_adoption: string | null;
  session: number | null;
  decision_type: string | null;
  subject_matter: string | null;
  procedural_issues: string | null;
  substantive_issues: string | null;
  articles_invoked: string[] | null;
  articles_violated: string[] | null;
  outcome: string | null;
  remedies: string[] | null;
  publication_requested: boolean | null;
  follow_up_deadline_days: number | null;
  source_urls: string[];
  uncertain: boolean;
  outcome_basis: string | null;
  verified_by: string | null;
  data_issues: string | null;
};

type FollowupRecord = {
  kind: string;
  committee: string;
  communication_numbers: string[];
  document_symbol: string | null;
  date: string | null;
  source_urls: string[];
};

const { values } = readCommandLine(import.meta.filename, {
  options: { summaries: { type: 'string' }, data: { type: 'string', default: 'research' } },
});
if (!values.summaries) {
  console.error('Give the folder of summaries: --summaries <folder>');
  process.exit(2);
}

const root = new URL('..', import.meta.url).pathname;
const decisionsDir = join(root, 'src/content/decisions');
const followupsDir = join(root, 'src/content/followups');

const records: Record[] = JSON.parse(readFileSync(join(values.data!, 'kz-decisions.json'), 'utf8'));
const followupRecords: FollowupRecord[] = JSON.parse(readFileSync(join(values.data!, 'kz-followup.json'), 'utf8'));

const summaries = new Map<number, string>();
for (const file of readdirSync(values.summaries).filter((name) => name.startsWith('decisions-'))) {
  for (const item of JSON.parse(readFileSync(join(values.summaries, file), 'utf8'))) {
    summaries.set(item.index, item.summary.en);
  }
}
const followupTexts: { index: number; title: { en: string }; body: { en: string } }[] = JSON.parse(
  readFileSync(join(values.summaries, 'followups.json'), 'utf8'),
);

/** `2904/2016-2907/2016` stands for every number from 2904 to 2907 registered in 2016. */
function expandNumbers(numbers: string[]): string[] {
  return numbers.flatMap((item) => {
    const range = /^(\d+)\/(\d{4})-(\d+)\/(\d{4})$/.exec(item);
    if (!range) return [item];
    const [, first, year, last] = range;
    return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => `${Number(first) + i}/${year}`);
  });
}

/** Hosts whose pages are served over https too; older records cite them over http. */
function secure(url: string): string {
  return url.replace(/^http:\/\//, 'https://');
}

const LABELS: [RegExp, string][] = [
  [/docstore\.ohchr\.org/, 'UN document (OHCHR document store)'],
  [/tbinternet\.ohchr\.org/, 'UN treaty body database'],
  [/ccprcentre\.org/, 'CCPR Centre case page'],
  [/github\.com\/nathanhari/, 'Scrape of the OHCHR jurisprudence database (2016)'],
  [/espchhelp\.ru/, 'espchhelp.ru case digest'],
  [/ishr\.ch/, 'International Service for Human Rights news'],
  [/bureau\.kz/, 'Kazakhstan International Bureau for Human Rights'],
  [/rferl\.org/, 'Radio Free Europe/Radio Liberty'],
  [/justiceinitiative\.org|opensocietyfoundations\.org/, 'Open Society Justice Initiative'],
  [/freedomhouse\.org/, 'Freedom House'],
  [/gov\.kz/, 'Government of Kazakhstan'],
  [/hfhr\.pl/, 'Helsinki Foundation for Human Rights'],
  [/mutabar\.org/, 'Human Rights Society Mutabar (ACAT report)'],
  [/fergananews\.com/, 'Fergana News'],
  [/exclusive\.kz/, 'Exclusive.kz'],
];

function labelOf(url: string): string {
  const known = LABELS.find(([pattern]) => pattern.test(url));
  return known ? known[1] : new URL(url).hostname.replace(/^www\./, '');
}

function sourcesOf(urls: string[]) {
  return urls.map((url) => ({ url: secure(url), label: labelOf(secure(url)) }));
}

function issues(text: string | null): string[] | null {
  if (text === null) return null;
  if (/^(N\/A|None)$/i.test(text.trim())) return [];
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
}

function idOf(committee: string, number: string): string {
  return `${committee.toLowerCase()}-${number.replace('/', '-')}`;
}

function write(path: string, body: string, data: object): boolean {
  if (existsSync(path)) return false;
  writeFileSync(path, matter.stringify(`${body.trim()}\n`, data));
  return true;
}

const idByNumber = new Map<string, string>();
let written = 0;
records.forEach((record, index) => {
  const communications = expandNumbers(record.communication_numbers);
  const id = idOf(record.committee, communications[0]);
  communications.forEach((number) => idByNumber.set(`${record.committee} ${number}`, id));
  const summary = summaries.get(index);
  if (!summary) throw new Error(`No summary for record ${index} (${communications[0]})`);
  const data = {
    committee: record.committee,
    communications,
    symbols: record.document_symbol ? record.document_symbol.split(';').map((symbol) => symbol.trim()) : [],
    authors: record.authors,
    counsel: record.represented_by,
    submitted: record.date_of_submission,
    adopted: record.date_of_adoption,
    session: record.session,
    type: record.decision_type,
    outcome: record.outcome?.replace('_', '-') ?? null,
    subject: record.subject_matter,
    proceduralIssues: issues(record.procedural_issues),
    substantiveIssues: issues(record.substantive_issues),
    articlesInvoked: record.articles_invoked,
    articlesViolated: record.articles_violated,
    remedies: record.remedies?.map((kind) => ({ kind: kind.replaceAll('_', '-'), status: 'no-information' })) ?? null,
    publicationRequested: record.publication_requested,
    followUpDays: record.follow_up_deadline_days,
    sources: sourcesOf(record.source_urls),
    verification: {
      uncertain: record.uncertain,
      outcomeBasis: record.outcome_basis,
      checkedAgainst: record.verified_by,
      openQuestions: record.data_issues,
    },
  };
  const checked = decisionSchema.safeParse(data);
  if (!checked.success) throw new Error(`Record ${index} (${id}) does not fit the schema: ${checked.error.message}`);
  if (write(join(decisionsDir, `${id}.md`), summary, data)) written += 1;
});

const FOLLOWUP_KINDS: { [kind: string]: { kind: string; [field: string]: string } } = {
  'ngo-report': { kind: 'comment', by: 'ngo' },
  'committee-list-of-issues': { kind: 'committee-document', documentType: 'list-of-issues' },
  'committee-concluding-observations': { kind: 'committee-document', documentType: 'concluding-observations' },
  'domestic-court-ruling': { kind: 'domestic-measure', measure: 'court-ruling' },
  'government-statement': { kind: 'government-statement' },
  'media-report': { kind: 'media-report' },
};

const usedNames = new Set<string>();
followupRecords.forEach((record, index) => {
  const text = followupTexts.find((item) => item.index === index);
  if (!text) throw new Error(`No text for follow-up record ${index}`);
  const committee = record.committee.split(/[ /]/)[0];
  const decisions = record.communication_numbers.map((number) => {
    const id = idByNumber.get(`${committee} ${number}`);
    if (!id) throw new Error(`Follow-up record ${index} names ${committee} ${number}, which no decision has`);
    return id;
  });
  const kind = FOLLOWUP_KINDS[record.kind] as { kind: string } | undefined;
  if (!kind) throw new Error(`Follow-up record ${index} has an unknown kind ${record.kind}`);
  const data = {
    ...kind,
    decisions,
    date: record.date,
    title: text.title.en,
    ...(record.document_symbol ? { document: record.document_symbol } : {}),
    sources: sourcesOf(record.source_urls),
  };
  const checked = followupSchema.safeParse(data);
  if (!checked.success) throw new Error(`Follow-up record ${index} does not fit the schema: ${checked.error.message}`);
  const subject = decisions[0] ?? 'general';
  const stem = `${subject}-${record.date ?? 'undated'}-${kind.kind}`;
  let name = stem;
  for (let n = 2; usedNames.has(name); n += 1) name = `${stem}-${n}`;
  usedNames.add(name);
  if (write(join(followupsDir, `${name}.md`), text.body.en, data)) written += 1;
});

console.log(`Wrote ${written} new entries; existing files were left as they are.`);
