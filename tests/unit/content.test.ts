/**
 * The bundled content is valid under the shared schemas and consistent across
 * entries, whatever entries editors add; and the import of the research record
 * (scripts/lib/research-mapping.ts), written into a scratch project as
 * `npm run import:shared` writes it, makes one valid entry of each researched
 * decision and follow-up fact, named after its committee and first number.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/content-files.ts';
import {
  expandNumbers,
  mapDecision,
  mapFollowup,
  type DecisionRecord,
  type FollowupRecord,
} from '../../scripts/lib/research-mapping.ts';
import { COMMITTEE_CODES } from '../../src/schemas/common.ts';

const root = join(import.meta.dirname, '../..');

describe('bundled content', () => {
  const { content, problems } = readContent(root);

  it('has no problem in any entry', () => {
    expect(problems).toEqual([]);
  });

  it('has an entry for each committee', () => {
    expect(content.committees.map((entry) => entry.id).sort()).toEqual([...COMMITTEE_CODES].sort());
  });
});

describe('import of the research record', () => {
  const project = mkdtempSync(join(tmpdir(), 'portal-import-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const read = <T>(name: string): T[] => JSON.parse(readFileSync(join(root, 'research', name), 'utf8')) as T[];
  const records = read<DecisionRecord>('kz-decisions.json');
  const facts = read<FollowupRecord>('kz-followup.json');
  const content = join(project, 'src/content');
  // The committees and publishers the imported entries refer to; no bundled decision is read.
  for (const folder of ['committees', 'publishers'])
    cpSync(join(root, 'src/content', folder), join(content, folder), { recursive: true });
  mkdirSync(join(content, 'decisions'));
  mkdirSync(join(content, 'followups'));
  const summary = '\nA summary written for the test, long enough to read as one, in plain words about the case.\n';
  const idByNumber = new Map<string, string>();
  for (const record of records) {
    const { id, data } = mapDecision(record);
    for (const number of data.communications) idByNumber.set(`${record.committee} ${number}`, id);
    writeFileSync(join(content, 'decisions', `${id}.md`), matter.stringify(summary, data));
  }
  const usedNames = new Set<string>();
  for (const fact of facts) {
    const { name, data } = mapFollowup(fact, idByNumber, usedNames);
    // An imported fact has no title until an editor writes one.
    writeFileSync(join(content, 'followups', `${name}.md`), matter.stringify(summary, { ...data, title: 'A title' }));
  }
  const imported = readContent(project);

  it('makes a valid entry of each record', () => {
    expect(imported.problems).toEqual([]);
    expect(imported.content.decisions).toHaveLength(records.length);
    expect(imported.content.followups).toHaveLength(facts.length);
  });

  it('names each decision after its committee and first number, and keeps its numbers and symbols', () => {
    for (const record of records) {
      const numbers = expandNumbers(record.communication_numbers);
      const entry = imported.content.decisions.find(
        (item) => item.id === `${record.committee.toLowerCase()}-${numbers[0]!.replace('/', '-')}`,
      );
      expect(entry, `${record.committee} ${numbers[0]}`).toBeDefined();
      expect(entry!.data.communications).toEqual(numbers);
      const symbols = record.document_symbol ? record.document_symbol.split(';').map((symbol) => symbol.trim()) : [];
      expect(entry!.data.symbols).toEqual(symbols);
    }
  });
});
