/**
 * The bundled content: valid under the shared schemas, consistent across
 * entries, and complete against the research record it was imported from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/content-files.ts';

const root = join(import.meta.dirname, '../..');
const { content, problems } = readContent(root);
const research: { committee: string; communication_numbers: string[]; document_symbol: string | null; authors: string[] }[] =
  JSON.parse(readFileSync(join(root, 'research/kz-decisions.json'), 'utf8'));

function expand(number: string): string[] {
  const range = /^(\d+)\/(\d{4})-(\d+)\/(\d{4})$/.exec(number);
  if (!range) return [number];
  return Array.from({ length: Number(range[3]) - Number(range[1]) + 1 }, (_, i) => `${Number(range[1]) + i}/${range[2]}`);
}

describe('bundled content', () => {
  it('has no problem in any entry', () => {
    expect(problems).toEqual([]);
  });

  it('has all six committees', () => {
    expect(content.committees.map((entry) => entry.id).sort()).toEqual(['CAT', 'CCPR', 'CEDAW', 'CERD', 'CRC', 'CRPD']);
  });

  it('has one decision entry per research record, with its numbers and symbols', () => {
    expect(content.decisions).toHaveLength(research.length);
    for (const record of research) {
      const numbers = record.communication_numbers.flatMap(expand);
      const entry = content.decisions.find(
        (item) => item.data.committee.id === record.committee && item.data.communications.includes(numbers[0]),
      );
      expect(entry, `${record.committee} ${numbers[0]}`).toBeDefined();
      expect(entry!.data.communications).toEqual(numbers);
      const symbols = record.document_symbol ? record.document_symbol.split(';').map((symbol) => symbol.trim()) : [];
      expect(entry!.data.symbols).toEqual(symbols);
      expect(entry!.data.authors).toEqual(record.authors);
    }
  });

  it('gives every decision a summary', () => {
    for (const entry of content.decisions) expect(entry.body.trim().length, entry.filePath).toBeGreaterThan(100);
  });
});
