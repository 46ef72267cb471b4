/** The benchmark's tools: the synthetic corpus and the measurement of a command. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { measure, median } from '../../scripts/lib/measure.ts';
import { validateContent } from '../../scripts/lib/validate.ts';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'portal-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the synthetic corpus', () => {
  const first = join(scratch, 'a');
  const summary = generateCorpus({ root: first, decisions: 40, followups: 60, source: root, seed: 7 });
  const content = join(first, 'src/content');

  it('has the entries asked for, each translated into kk and ru', () => {
    expect(readdirSync(join(content, 'decisions'))).toHaveLength(40);
    expect(readdirSync(join(content, 'followups'))).toHaveLength(60);
    expect(readdirSync(join(content, 'translations/kk/decisions'))).toHaveLength(40);
    expect(readdirSync(join(content, 'translations/ru/followups'))).toHaveLength(60);
    expect(summary.translations).toBe(200);
    expect(readdirSync(join(content, 'committees'))).toHaveLength(6);
  });

  it('passes the validator without a single error, as real content must', () => {
    const errors = validateContent(first).filter((result) => result.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('adopts no decision and dates no follow-up entry after its own today, 30 June 2026', () => {
    const datesIn = (folder: string, field: string) =>
      readdirSync(join(content, folder)).map(
        (name) =>
          new RegExp(`^${field}: '?(\\d{4}-\\d{2}-\\d{2})`, 'm').exec(readFileSync(join(content, folder, name), 'utf8'))?.[1],
      );
    const adopted = datesIn('decisions', 'adopted');
    const followups = datesIn('followups', 'date');
    expect(adopted.every((date) => date !== undefined)).toBe(true);
    expect(followups.every((date) => date !== undefined)).toBe(true);
    expect(adopted.filter((date) => date! > '2026-06-30')).toEqual([]);
    expect(followups.filter((date) => date! > '2026-06-30')).toEqual([]);
  });

  it('writes summaries about as long as the real ones', () => {
    const lengths = readdirSync(join(content, 'decisions')).map(
      (name) => readFileSync(join(content, 'decisions', name), 'utf8').split('\n---\n')[1]!.length,
    );
    const average = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
    expect(average).toBeGreaterThan(700);
    expect(average).toBeLessThan(4000);
  });

  it('is the same for the same seed, and different for another', () => {
    const again = join(scratch, 'b');
    generateCorpus({ root: again, decisions: 40, followups: 60, source: root, seed: 7 });
    const name = readdirSync(join(content, 'decisions'))[5]!;
    expect(readFileSync(join(again, 'src/content/decisions', name), 'utf8')).toBe(
      readFileSync(join(content, 'decisions', name), 'utf8'),
    );
    const other = join(scratch, 'c');
    generateCorpus({ root: other, decisions: 40, followups: 60, source: root, seed: 8 });
    expect(readdirSync(join(other, 'src/content/decisions'))).not.toEqual(readdirSync(join(content, 'decisions')));
  });
});

describe('measuring a command', () => {
  it('reports its exit code, its time and, on Linux, the memory it held', async () => {
    const holdsMemory =
      'const block = Buffer.alloc(80 * 1024 * 1024, 1); setTimeout(() => process.exit(block[0] === 1 ? 3 : 0), 400);';
    const result = await measure(process.execPath, ['-e', holdsMemory], { stdio: 'ignore' }).done;
    expect(result.code).toBe(3);
    expect(result.seconds).toBeGreaterThan(0.3);
    if (process.platform === 'linux') expect(result.peakBytes).toBeGreaterThan(80 * 1024 * 1024);
    else expect(result.peakBytes).toBeNull();
  });

  it('reports the median of several timings, whatever their order', () => {
    expect(median([360, 193, 274])).toBe(274);
    expect(median([10, 40, 20, 30])).toBe(25);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow(RangeError);
  });
});
