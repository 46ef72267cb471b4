/** The benchmark's synthetic corpus is content the portal accepts, in the size asked. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { validateContent } from '../../scripts/lib/validate.ts';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'portal-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the synthetic corpus', () => {
  const summary = generateCorpus({ root: scratch, decisions: 40, followups: 60, source: root, seed: 7 });
  const content = join(scratch, 'src/content');

  it('has the entries asked for, each translated into kk and ru', () => {
    expect(readdirSync(join(content, 'decisions'))).toHaveLength(40);
    expect(readdirSync(join(content, 'followups'))).toHaveLength(60);
    expect(readdirSync(join(content, 'translations/kk/decisions'))).toHaveLength(40);
    expect(readdirSync(join(content, 'translations/ru/followups'))).toHaveLength(60);
    expect(summary.translations).toBe(200);
  });

  it('passes the validator without a single error, as real content must', () => {
    const errors = validateContent(scratch).filter((result) => result.severity === 'error');
    expect(errors).toEqual([]);
  });
});
