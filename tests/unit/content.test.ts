/**
 * The bundled content: valid under the shared schemas, consistent across
 * entries, and complete against the research record it was imported from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/content-files.ts';
import { mapDecision, type DecisionRecord } from '../../scripts/lib/research-mapping.ts';

const root = join(import.meta.dirname, '../..');
const { content, problems } = readContent(root);
const research: DecisionRecord[] = JSON.parse(readFileSync(join(root, 'research/kz-decisions.json'), 'utf8'));

describe('bundled content', () => {
  it('has no problem in any entry', () => {
    expect(problems).toEqual([]);
  });

  it('has all six committees', () => {
    expect(content.committees.map((entry) => entry.id).sort()).toEqual(['CAT', 'CCPR', 'CEDAW', 'CERD', 'CRC', 'CRPD']);
  });

  // Entries editors add later have no research record; only the imported ones are compared.
  it('has the entry the import makes of each research record, with its numbers, symbols and authors', () => {
    for (const record of research) {
      const { id, data } = mapDecision(record);
      const entry = content.decisions.find((item) => item.id === id);
      expect(entry, id).toBeDefined();
      expect(entry!.data.communications).toEqual(data.communications);
      expect(entry!.data.symbols).toEqual(data.symbols);
      expect(entry!.data.authors).toEqual(data.authors);
    }
  });

  it('gives every decision a summary', () => {
    for (const entry of content.decisions) expect(entry.body.trim().length, entry.filePath).toBeGreaterThan(100);
  });
});
