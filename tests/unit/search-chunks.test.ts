/**
 * Re-cutting Pagefind's word chunks (scripts/lib/search-chunks.ts), on an index
 * Pagefind writes here: every word entry kept byte for byte, a word on every
 * page in a chunk of its own, and bounds that put each searched word, or each
 * beginning of one, in exactly one chunk by Pagefind's own rule.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cut,
  readIndex,
  rechunkLanguage,
  SearchChunkError,
  sharedStart,
  type IndexChunk,
  type RechunkOptions,
} from '../../scripts/lib/search-chunks.ts';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'search-chunks-'));
const site = join(work, 'site');
const pagefind = join(work, 'pagefind');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Small enough to cut this index into many chunks, with the common words alone. */
const SMALL: RechunkOptions = { splitAbove: 0, alone: 3_000, target: 1_500 };

/** A made-up word for each number: two to seven letters. */
function madeUp(seed: number): string {
  let word = '';
  let value = seed * 7919 + 13;
  do {
    word += 'abcdefghijklmnopqrstuvwxyz'[value % 26];
    value = Math.floor(value / 26);
  } while (value > 0 && word.length < 7);
  return word.length < 2 ? `${word}q` : word;
}

/** Code point order, which is the byte order of UTF-8 that Pagefind compares in. */
const compare = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The chunks a search for `term` loads by Pagefind's rule when any chunk's bounds hold it. */
const strictChunks = (chunks: IndexChunk[], term: string) =>
  chunks.filter((chunk) => compare(chunk.from, term) <= 0 && compare(term, chunk.to) <= 0);

/** The position of the first of the sorted `words` that sorts at or after `term`. */
function firstFrom(words: string[], term: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (compare(words[middle]!, term) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function copyOf(name: string): string {
  const folder = join(work, name);
  cpSync(pagefind, folder, { recursive: true });
  return folder;
}

beforeAll(() => {
  // 160 pages of about 200 words: "on" and "the" on every page many times, the rest made up.
  for (let page = 0; page < 160; page++) {
    const words: string[] = [];
    for (let index = 0; index < 190; index++) {
      words.push(index % 3 === 0 ? 'on' : index % 5 === 0 ? 'the' : madeUp((page * 37 + index * 11) % 2_600));
    }
    mkdirSync(join(site, 'en', `p${page}`), { recursive: true });
    writeFileSync(
      join(site, 'en', `p${page}`, 'index.html'),
      `<!doctype html><html lang="en"><head><title>p${page}</title></head><body><main data-pagefind-body><p>${words.join(' ')}</p></main></body></html>`,
    );
  }
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', site, '--output-path', pagefind],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stdout + run.stderr).toBe(0);
});

describe('re-cutting the word chunks', () => {
  it('keeps every word entry byte for byte, in order, and the rest of the metadata', async () => {
    const before = await readIndex(pagefind, 'en');
    expect(before.chunks.length, 'Pagefind wrote more than one chunk').toBeGreaterThan(1);
    const folder = copyOf('kept');
    const report = await rechunkLanguage(folder, 'en', SMALL);
    const after = await readIndex(folder, 'en');

    expect(report.after).toBeGreaterThan(before.chunks.length * 4);
    expect(after.chunks.length).toBe(report.after);
    const entries = (chunks: IndexChunk[]) => Buffer.concat(chunks.flatMap((chunk) => chunk.words.map((word) => word.bytes)));
    expect(entries(after.chunks).equals(entries(before.chunks))).toBe(true);
    expect(after.before.equals(before.before)).toBe(true);
    expect(after.after.equals(before.after)).toBe(true);
  });

  it('gives a word found on every page a chunk of its own', async () => {
    const folder = copyOf('alone');
    await rechunkLanguage(folder, 'en', SMALL);
    const { chunks } = await readIndex(folder, 'en');
    for (const common of ['on', 'the']) {
      const holding = chunks.find((chunk) => chunk.words.some(({ word }) => word === common))!;
      expect(holding.words.map(({ word }) => word)).toEqual([common]);
    }
    for (const chunk of chunks) {
      if (chunk.words.length > 1) {
        const size = chunk.words.reduce((sum, word) => sum + word.bytes.length, 0);
        expect(size - chunk.words.at(-1)!.bytes.length).toBeLessThan(SMALL.target);
      }
    }
  });

  /** Every beginning of each word, the word itself last. */
  const beginnings = (word: string) =>
    Array.from(word).map((_, index) =>
      Array.from(word)
        .slice(0, index + 1)
        .join(''),
    );

  it('with Pagefind’s chunks kept, puts each word and each beginning of one in exactly one chunk', async () => {
    const folder = copyOf('bounds-kept');
    await rechunkLanguage(folder, 'en', { ...SMALL, splitAbove: Infinity });
    const { chunks } = await readIndex(folder, 'en');
    const words = chunks.flatMap((chunk) => chunk.words.map(({ word }) => word));
    let checked = 0;
    for (const word of words) {
      for (const beginning of beginnings(word)) {
        const found = strictChunks(chunks, beginning);
        expect(found, `"${beginning}" is in ${found.length} chunks' bounds`).toHaveLength(1);
        // It is the chunk of the first word that begins with it: a word being typed finds what Pagefind's would.
        const first = words[firstFrom(words, beginning)]!;
        expect(found[0]!.words.some((entry) => entry.word === first)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1_000);
    for (const term of ['', 'zzzzzzzz', '0', 'азаптау', '\u{10fffe}']) expect(strictChunks(chunks, term)).toHaveLength(1);
  });

  it('with chunks cut again, loads for a word only parts of Pagefind’s chunk, and every part with a word that begins with it', async () => {
    const keptFolder = copyOf('parts-kept');
    await rechunkLanguage(keptFolder, 'en', { ...SMALL, splitAbove: Infinity });
    const kept = (await readIndex(keptFolder, 'en')).chunks;
    const cutFolder = copyOf('parts-cut');
    await rechunkLanguage(cutFolder, 'en', SMALL);
    const parts = (await readIndex(cutFolder, 'en')).chunks;

    // Which of Pagefind's chunks each part was cut from.
    const keptOf = new Map(kept.flatMap((chunk, index) => chunk.words.map(({ word }) => [word, index] as const)));
    const ownerOf = new Map<IndexChunk, number>();
    for (const part of parts) {
      const owners = new Set(part.words.map(({ word }) => keptOf.get(word)));
      expect(owners.size, 'a part holds words of one of Pagefind’s chunks').toBe(1);
      ownerOf.set(part, [...owners][0]!);
    }
    let widened = 0;
    for (const word of keptOf.keys()) {
      for (const beginning of beginnings(word)) {
        const [owner] = strictChunks(kept, beginning).map((chunk) => kept.indexOf(chunk));
        const found = strictChunks(parts, beginning);
        for (const part of found) expect(ownerOf.get(part), `"${beginning}" loads a part of another chunk`).toBe(owner);
        if (Array.from(beginning).length < 2 && beginning !== word) continue;
        const needed = parts.filter(
          (part) => ownerOf.get(part) === owner && part.words.some((entry) => entry.word.startsWith(beginning)),
        );
        for (const part of needed) expect(found, `"${beginning}" misses a part with words it begins`).toContain(part);
        if (needed.length > 1) widened++;
      }
    }
    expect(widened, 'some beginnings are shared across a cut').toBeGreaterThan(10);
  });

  it('writes new file names, names them in pagefind-entry.json and leaves no old file', async () => {
    const folder = copyOf('files');
    const before = await readIndex(folder, 'en');
    await rechunkLanguage(folder, 'en', SMALL);
    const after = await readIndex(folder, 'en');
    expect(after.metaFile).not.toBe(before.metaFile);
    expect(readdirSync(folder).filter((name) => name.endsWith('.pf_meta'))).toEqual([after.metaFile.split('/').at(-1)]);
    expect(readdirSync(join(folder, 'index')).sort()).toEqual(after.chunks.map(({ hash }) => `${hash}.pf_index`).sort());
  });

  it('stops with the file of an unexpected shape named, and leaves the index whole', async () => {
    const folder = copyOf('broken');
    const { metaFile, chunks } = await readIndex(folder, 'en');
    const broken = join(folder, 'index', `${chunks[0]!.hash}.pf_index`);
    writeFileSync(broken, 'not a Pagefind file');
    const failure = rechunkLanguage(folder, 'en', SMALL);
    await expect(failure).rejects.toBeInstanceOf(SearchChunkError);
    await expect(failure).rejects.toThrow(broken);
    expect(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).toContain(metaFile.split('.').at(-2));
    expect(readdirSync(join(folder, 'index'))).toHaveLength(chunks.length);
  });
});

describe('where a chunk cut out of one of Pagefind’s starts', () => {
  it('at the two letters it shares with the word before, so that a search for them loads both', () => {
    expect(sharedStart('commission', 'committee', '')).toBe('co');
    expect(sharedStart('одиночны', 'одн', 'обр')).toBe('од');
  });
  it('where it differs from the word before when they share fewer letters', () => {
    expect(sharedStart('omarkyzi', 'on', 'oft')).toBe('on');
  });
  it('never below the start of Pagefind’s chunk', () => {
    expect(sharedStart('omarbayev', 'omarev', 'omarb')).toBe('omarb');
  });
});

describe('cutting sorted words into groups', () => {
  it('puts large words alone and fills the others to the target', () => {
    const sizes = [10, 10, 500, 10, 30, 10, 10, 10, 600];
    expect(
      cut(
        sizes.map((size) => ({ size })),
        { splitAbove: 0, alone: 100, target: 40 },
      ),
    ).toEqual([[0, 1], [2], [3, 4], [5, 6, 7], [8]]);
  });
});
