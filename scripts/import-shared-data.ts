/**
 * Brings a new version of the researched facts into the content entries,
 * without losing what editors wrote.
 *
 *   npm run import:shared -- [--data ../shared/data] [--dry-run]
 *
 * `research/` holds the facts as last imported; `--data` the new version. For
 * each fact, the entry's field is compared with what the last import wrote:
 * - unchanged by editors: it takes the new value;
 * - changed by editors, and the research changed it too: the editor's value is
 *   kept and the conflict is listed, for an editor to settle by hand;
 * - changed by editors only: kept.
 * Bodies (summaries) and translations are never touched. A fact with no entry
 * yet becomes a new entry whose body is empty: write its summary before
 * publishing. Every entry it writes is checked against the schemas first; the
 * new version is then copied into `research/`, as the base of the next import.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import matter from 'gray-matter';
import { decisionSchema } from '../src/schemas/decision.ts';
import { followupSchema } from '../src/schemas/followup.ts';
import { mapDecision, mapFollowup, upgradeEntry, type DecisionRecord, type FollowupRecord } from './lib/research-mapping.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: { data: { type: 'string', default: '../shared/data' }, 'dry-run': { type: 'boolean', default: false } },
});

const root = join(import.meta.dirname, '..');
const research = join(root, 'research');
const content = join(root, 'src/content');
const FILES = ['kz-decisions.json', 'kz-followup.json'] as const;

const read = <T>(folder: string, name: string): T[] => JSON.parse(readFileSync(join(folder, name), 'utf8')) as T[];
const decisionsOld = read<DecisionRecord>(research, FILES[0]);
const decisionsNew = read<DecisionRecord>(values.data!, FILES[0]);
const followupsOld = read<FollowupRecord>(research, FILES[1]);
const followupsNew = read<FollowupRecord>(values.data!, FILES[1]);

type Data = Record<string, unknown>;
const conflicts: string[] = [];
const written: string[] = [];

/**
 * The three-way merge of one entry's frontmatter, field by field (one level
 * down inside objects such as `verification`).
 */
function merge(file: string, current: Data, base: Data | null, next: Data, prefix = ''): Data {
  const merged: Data = { ...current };
  for (const [key, value] of Object.entries(next)) {
    const mine = current[key];
    const theirs = base?.[key];
    if (isDeepStrictEqual(mine, value)) continue;
    const nested = (x: unknown): x is Data => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (nested(value) && nested(mine)) {
      merged[key] = merge(file, mine, nested(theirs) ? theirs : null, value, `${prefix}${key}.`);
    } else if (mine === undefined || isDeepStrictEqual(mine, theirs)) {
      merged[key] = value;
    } else if (!isDeepStrictEqual(theirs, value)) {
      conflicts.push(
        `${file}: ${prefix}${key}: the research now says ${JSON.stringify(value)}, the entry says ${JSON.stringify(mine)} (kept)`,
      );
    }
  }
  return merged;
}

function upsert(folder: string, id: string, base: Data | null, next: Data, schema: { safeParse(data: unknown): unknown }) {
  const path = join(content, folder, `${id}.md`);
  const file = `src/content/${folder}/${id}.md`;
  const existing = existsSync(path) ? matter(readFileSync(path, 'utf8')) : null;
  const data = existing ? merge(file, upgradeEntry(existing.data, folder === 'decisions', file), base, next) : next;
  if (existing && isDeepStrictEqual(data, existing.data)) return;
  // A new follow-up has no title until an editor writes one; the validator asks for it.
  const checked = schema.safeParse(existing || folder !== 'followups' ? data : { title: '-', ...data }) as {
    success: boolean;
    error?: { message: string };
  };
  if (!checked.success) throw new Error(`${file} would not be valid after the import: ${checked.error?.message}`);
  written.push(`${existing ? 'updated' : 'new    '} ${file}`);
  if (!values['dry-run']) writeFileSync(path, matter.stringify(existing ? existing.content : '\n', data));
}

const decisionKey = (record: DecisionRecord) => mapDecision(record).id;
const oldDecisions = new Map(decisionsOld.map((record) => [decisionKey(record), mapDecision(record).data]));
const idByNumber = new Map<string, string>();
for (const record of decisionsNew) {
  const { id, data } = mapDecision(record);
  for (const number of data.communications as string[]) idByNumber.set(`${record.committee} ${number}`, id);
  upsert('decisions', id, oldDecisions.get(id) ?? null, data, decisionSchema);
}

/** A follow-up fact has no id in the research: it is known by what it says and where. */
const followupKey = (record: FollowupRecord) =>
  JSON.stringify([
    record.kind,
    record.committee,
    record.communication_numbers,
    record.date,
    record.source_urls,
    record.topic ?? null,
  ]);
const oldFollowups = new Map(followupsOld.map((record) => [followupKey(record), record]));
const usedNames = new Set<string>();
for (const record of followupsNew) {
  const { name, data } = mapFollowup(record, idByNumber, usedNames);
  const old = oldFollowups.get(followupKey(record));
  upsert('followups', name, old ? mapFollowup(old, idByNumber, new Set()).data : null, data, followupSchema);
}

console.log(written.length ? written.join('\n') : 'Every entry already holds the research’s facts.');
const newEntries = written.filter((line) => line.startsWith('new'));
if (newEntries.length)
  console.log(`\n${newEntries.length} new entries have no summary yet: write one in each before publishing.`);
if (conflicts.length)
  console.log(`\nKept the editors’ values where the research changed too; settle these by hand:\n${conflicts.join('\n')}`);
if (!values['dry-run']) {
  for (const name of FILES) copyFileSync(join(values.data!, name), join(research, name));
  const readme = readdirSync(values.data!).includes('README.md');
  if (readme) copyFileSync(join(values.data!, 'README.md'), join(research, 'SOURCE-README.md'));
}
