/**
 * Re-cuts one language's Pagefind word index into chunks that a search loads
 * less of.
 *
 * Pagefind (1.6) cuts its sorted word list into chunks of about 20,000 word
 * positions, and a search fetches the chunks whose range holds each word of the
 * query. Two things make the first query heavy at 10,000 decisions:
 *
 * - A word on almost every page ("on", "в", "с") fills a chunk by itself, and
 *   the rare words sorted just before it share that chunk: "Omarev" loaded the
 *   138 KB chunk of "on".
 * - Pagefind shortens each chunk's bounds to the fewest letters that tell it
 *   from its neighbour, so a searched word longer than the last word of a chunk
 *   falls between two chunks. The search then loads every chunk that might hold
 *   it letter by letter, such as the 161 KB chunk ending in "в" for
 *   "выражения".
 *
 * This module keeps every word's entry byte for byte and changes only where
 * chunks are cut and what their bounds are:
 *
 * - A chunk file larger than `splitAbove` is cut again: a word whose entry is
 *   larger than `alone` gets a chunk of its own, and the other words are
 *   grouped, in order, into chunks of about `target` bytes. Smaller chunks are
 *   kept as Pagefind wrote them.
 * - The bounds tile every string. Each chunk starts where Pagefind started it
 *   (the shortest beginning of its first word that sorts after the word before)
 *   and ends just below where the next chunk starts, so that every searched
 *   word falls in a chunk and no search guesses by letters. Where a cut
 *   separates two words that share two letters or more, the later chunk's
 *   bounds reach down to those letters, so that a search for a shared
 *   beginning still loads both, as it loaded Pagefind's one chunk.
 *
 * A search therefore loads parts of the chunks Pagefind's own index would
 * load by the same rule, never more (tests/unit/search-chunks.test.ts), and the
 * same pages are found (tests/e2e/search-chunks.spec.ts). What changes is for
 * a word that fell between Pagefind's bounds: where Pagefind loaded every chunk
 * that might hold it, this loads the one chunk where it sorts. A search for a
 * short beginning can then find fewer pages than Pagefind's index found, until
 * more is typed: at 10,000 decisions, the single letter "қ" did, and 2 of 365
 * beginnings of two to four letters ("уи", "уив"; docs/performance.md).
 *
 * The language's metadata file is written again with the new chunk list (its
 * other bytes unchanged) under a new name, and pagefind-entry.json names it.
 * If Pagefind ever writes files of another shape, `rechunkLanguage` throws a
 * {@link SearchChunkError} naming the file, rather than writing an index that
 * finds nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';

const gunzip = promisify(gunzipCallback);
const gzip = promisify(gzipCallback);

/** What Pagefind puts before the CBOR of each of its files, inside the gzip. */
const SIGNATURE = Buffer.from('pagefind_dcd');

/** The highest code point: the bound of the last chunk, above any word. */
const TOP = String.fromCodePoint(0x10ffff);

export class SearchChunkError extends Error {}

export type RechunkOptions = {
  /** A chunk file larger than this (compressed) is read and cut again; the others are kept as they are. */
  splitAbove: number;
  /** In a chunk cut again, a word whose entry is larger than this (uncompressed) has a chunk of its own. */
  alone: number;
  /** ...and the other words are grouped into chunks of about this many bytes (uncompressed). */
  target: number;
};

/**
 * At 10,000 decisions Pagefind's chunks are 20 to 50 KB compressed; a chunk
 * over 32 KB holds a word found on most pages.
 */
export const DEFAULT_RECHUNK: RechunkOptions = { splitAbove: 32_000, alone: 16_000, target: 48_000 };

type Entry = { languages: Record<string, { hash: string; page_count: number } & Record<string, unknown>> } & Record<
  string,
  unknown
>;

/** A word of the index: its text, and its whole CBOR entry as Pagefind wrote it. */
export type Word = { word: string; bytes: Buffer };

/**
 * A reader of the few CBOR shapes Pagefind writes (minicbor, definite lengths):
 * it walks items and returns where each starts and ends, decoding only text.
 */
class Cbor {
  at = 0;
  readonly bytes: Buffer;
  readonly file: string;

  constructor(bytes: Buffer, file: string) {
    this.bytes = bytes;
    this.file = file;
  }

  private fail(what: string): never {
    throw new SearchChunkError(`${this.file}: ${what} at byte ${this.at}; is this the Pagefind version the build expects?`);
  }

  /** Reads an item's head: its major type and its length or value. */
  head(): { type: number; value: number } {
    if (this.at >= this.bytes.length) this.fail('unexpected end of data');
    const first = this.bytes[this.at++]!;
    const type = first >> 5;
    const info = first & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = this.bytes.readUInt8(this.at);
    else if (info === 25) value = this.bytes.readUInt16BE(this.at);
    else if (info === 26) value = this.bytes.readUInt32BE(this.at);
    else if (info === 27) value = Number(this.bytes.readBigUInt64BE(this.at));
    else this.fail(`unsupported CBOR length ${info}`);
    this.at += info < 24 ? 0 : 2 ** (info - 24);
    return { type, value };
  }

  /** The length of the array that starts here. */
  array(): number {
    const { type, value } = this.head();
    if (type !== 4) this.fail(`expected an array, found CBOR type ${type}`);
    return value;
  }

  text(): string {
    const { type, value } = this.head();
    if (type !== 3) this.fail(`expected text, found CBOR type ${type}`);
    const text = this.bytes.toString('utf8', this.at, this.at + value);
    this.at += value;
    return text;
  }

  /** Moves past one whole item. */
  skip(): void {
    const { type, value } = this.head();
    if (type === 2 || type === 3) this.at += value;
    else if (type === 4) for (let item = 0; item < value; item++) this.skip();
    else if (type === 5) for (let item = 0; item < 2 * value; item++) this.skip();
    else if (type === 6) this.skip();
    else if (type !== 0 && type !== 1 && type !== 7) this.fail(`unsupported CBOR type ${type}`);
    if (this.at > this.bytes.length) this.fail('unexpected end of data');
  }
}

/** A CBOR item head of the shortest form, as minicbor writes it. */
function head(type: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(type << 5) | value]);
  if (value < 0x100) return Buffer.from([(type << 5) | 24, value]);
  if (value < 0x10000) {
    const bytes = Buffer.from([(type << 5) | 25, 0, 0]);
    bytes.writeUInt16BE(value, 1);
    return bytes;
  }
  const bytes = Buffer.from([(type << 5) | 26, 0, 0, 0, 0]);
  bytes.writeUInt32BE(value, 1);
  return bytes;
}

/** A CBOR text item. */
function textItem(value: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  return Buffer.concat([head(3, bytes.length), bytes]);
}

/** Reads a Pagefind file: gzip, then the signature, then CBOR. zlib works in Node's thread pool, several files at once. */
async function unpack(file: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await gunzip(await readFile(file));
  } catch (error) {
    throw new SearchChunkError(`${file}: cannot be read (${(error as Error).message})`);
  }
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new SearchChunkError(`${file}: no Pagefind signature`);
  return data.subarray(SIGNATURE.length);
}

function pack(cbor: Buffer[]): Promise<Buffer> {
  return gzip(Buffer.concat([SIGNATURE, ...cbor]));
}

function hashOf(bytes: Buffer, length: number): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, length);
}

/** Compares as Pagefind's Rust code does: by UTF-8 bytes, which is code point order. */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Cuts the sorted words into groups: large words alone, the rest filled to the target. */
export function cut(words: { size: number }[], options: RechunkOptions): number[][] {
  const groups: number[][] = [];
  let group: number[] = [];
  let size = 0;
  const close = () => {
    if (group.length > 0) groups.push(group);
    group = [];
    size = 0;
  };
  words.forEach((word, index) => {
    if (word.size > options.alone) {
      close();
      groups.push([index]);
      return;
    }
    group.push(index);
    size += word.size;
    if (size >= options.target) close();
  });
  close();
  return groups;
}

/** The shortest beginning of `next` that sorts after `last` (`last` sorts before `next`). */
function shortestAfter(last: string, next: string): string {
  const a = Array.from(last);
  const b = Array.from(next);
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return b.slice(0, same + 1).join('');
}

/** Letters two words must share at a cut for a search of those letters to load both chunks. */
const SHARED = 2;

/**
 * Where a chunk cut out of one of Pagefind's starts its bounds. Pagefind had
 * the words on both sides of the cut in one chunk, so a search for a
 * beginning they share found both: "comm" for "commission" and "committee",
 * or a Russian stemmer's two-letter stem of a three-letter query ("оди",
 * whose pages hold "один" and "одн"). When they share at least
 * {@link SHARED} letters, the later chunk's bounds start at its first word's
 * first {@link SHARED} letters (not below where Pagefind's chunk started),
 * and such a search still loads both chunks. With fewer, the bounds start
 * where the later word differs, so that "Omarev" does not load the chunk of
 * "on" for the "o" they share.
 */
export function sharedStart(last: string, next: string, floor: string): string {
  const after = shortestAfter(last, next);
  if (Array.from(after).length <= SHARED) return after;
  const shared = Array.from(next).slice(0, SHARED).join('');
  return compare(shared, floor) < 0 ? floor : shared;
}

/**
 * A string just below `bound` and above every word that sorts before it: its
 * last letter one lower, then the highest code point.
 */
function justBelow(bound: string): string {
  const letters = Array.from(bound);
  let last = (letters.pop()?.codePointAt(0) ?? 0) - 1;
  if (last < 0) throw new SearchChunkError(`a chunk starts at "${bound}", below every word`);
  if (last >= 0xd800 && last <= 0xdfff) last = 0xd7ff;
  return letters.join('') + String.fromCodePoint(last) + TOP;
}

export type RechunkReport = { before: number; cutAgain: number; after: number };

/** The word entries of a chunk, in order. */
function wordsOf(bytes: Buffer, file: string): Word[] {
  const chunk = new Cbor(bytes, file);
  if (chunk.array() !== 1) throw new SearchChunkError(`${file}: expected [words]`);
  const count = chunk.array();
  const words: Word[] = [];
  for (let index = 0; index < count; index++) {
    const start = chunk.at;
    chunk.array();
    const word = chunk.text();
    chunk.at = start;
    chunk.skip();
    const previous = words.at(-1);
    if (previous && compare(previous.word, word) >= 0) {
      throw new SearchChunkError(`${file}: the words are not in order ("${previous.word}" before "${word}")`);
    }
    words.push({ word, bytes: chunk.bytes.subarray(start, chunk.at) });
  }
  return words;
}

/**
 * Reads a language's metadata: [version, pages, chunks, filters, sorts, ...],
 * each chunk [from, to, hash]. Only the chunk list is decoded; `chunksStart`
 * and `chunksEnd` are where it lies in the bytes.
 */
async function readMeta(folder: string, locale: string) {
  const entryFile = join(folder, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const language = entry.languages[locale];
  if (!language) throw new SearchChunkError(`${entryFile}: no language ${locale}`);
  const metaFile = join(folder, `pagefind.${language.hash}.pf_meta`);
  const meta = await unpack(metaFile);
  const reader = new Cbor(meta, metaFile);
  const fields = reader.array();
  if (fields < 3) throw new SearchChunkError(`${metaFile}: ${fields} fields, expected at least 3`);
  reader.skip();
  reader.skip();
  const chunksStart = reader.at;
  const chunks: { from: string; to: string; hash: string }[] = [];
  for (let count = reader.array(); count > 0; count--) {
    if (reader.array() !== 3) throw new SearchChunkError(`${metaFile}: a chunk is not [from, to, hash]`);
    chunks.push({ from: reader.text(), to: reader.text(), hash: reader.text() });
  }
  return { entryFile, entry, language, metaFile, meta, chunksStart, chunksEnd: reader.at, chunks };
}

/**
 * Re-cuts the index of `locale` in the Pagefind bundle `folder` (the folder
 * holding pagefind-entry.json), in place. The new files are all written before
 * pagefind-entry.json names them and before the old ones are deleted, so that
 * a failure part way leaves a whole index, old or new.
 */
export async function rechunkLanguage(
  folder: string,
  locale: string,
  options: RechunkOptions = DEFAULT_RECHUNK,
): Promise<RechunkReport> {
  const {
    entryFile,
    entry,
    language,
    metaFile,
    meta,
    chunksStart,
    chunksEnd,
    chunks: oldChunks,
  } = await readMeta(folder, locale);

  // Each chunk is [[word entry, ...]], a word entry [word, pages, ...]. The entries are kept whole.
  const chunkFiles = oldChunks.map((chunk) => join(folder, 'index', `${chunk.hash}.pf_index`));
  const cutAgain = chunkFiles.map((file) => statSync(file).size > options.splitAbove);
  const unpacked = await Promise.all(chunkFiles.map((file, index) => (cutAgain[index] ? unpack(file) : null)));

  // The new chunks, in order, each from where it starts: a file kept as Pagefind wrote it, or words to write.
  // `start` is where the chunk before it ends; `from` may reach lower (see `sharedStart`).
  const newChunks: { start: string; from: string; hash?: string; words?: Word[] }[] = [];
  for (const [position, file] of chunkFiles.entries()) {
    const bytes = unpacked[position];
    // Pagefind's start of a chunk is the shortest beginning of its first word that sorts after the
    // last word of the chunk before: the same bound this module gives, so it is kept.
    const pagefindFrom = position === 0 ? '' : oldChunks[position]!.from;
    if (!bytes) {
      newChunks.push({ hash: oldChunks[position]!.hash, start: pagefindFrom, from: pagefindFrom });
      continue;
    }
    const words = wordsOf(bytes, file);
    const groups = cut(
      words.map((word) => ({ size: word.bytes.length })),
      options,
    );
    for (const [index, group] of groups.entries()) {
      // The first part starts where Pagefind's chunk did; the others after the word before them.
      const first = words[group[0]!]!.word;
      const last = index === 0 ? null : words[groups[index - 1]!.at(-1)!]!.word;
      newChunks.push({
        words: group.map((word) => words[word]!),
        start: last === null ? pagefindFrom : shortestAfter(last, first),
        from: last === null ? pagefindFrom : sharedStart(last, first, pagefindFrom),
      });
    }
  }

  const packed = await Promise.all(
    newChunks.map(({ words }) => (words ? pack([head(4, 1), head(4, words.length), ...words.map((word) => word.bytes)]) : null)),
  );
  const taken = new Set(oldChunks.map((chunk) => chunk.hash));
  const written: { name: string; bytes: Buffer }[] = [];
  const chunkList: Buffer[] = [head(4, newChunks.length)];
  for (const [index, chunk] of newChunks.entries()) {
    let name = chunk.hash ?? '';
    const bytes = packed[index];
    if (bytes) {
      const full = hashOf(bytes, 64);
      let length = 7;
      while (taken.has(`${locale}_${full.slice(0, length)}`)) length++;
      name = `${locale}_${full.slice(0, length)}`;
      taken.add(name);
      written.push({ name, bytes });
    }
    const next = newChunks[index + 1];
    const to = next ? justBelow(next.start) : TOP;
    chunkList.push(head(4, 3), textItem(chunk.from), textItem(to), textItem(name));
  }
  const newMeta = await pack([meta.subarray(0, chunksStart), ...chunkList, meta.subarray(chunksEnd)]);
  const newHash = `${locale}_${hashOf(newMeta, 10)}`;

  await Promise.all(written.map(({ name, bytes }) => writeFile(join(folder, 'index', `${name}.pf_index`), bytes)));
  writeFileSync(join(folder, `pagefind.${newHash}.pf_meta`), newMeta);
  language.hash = newHash;
  writeFileSync(entryFile, JSON.stringify(entry));
  if (metaFile !== join(folder, `pagefind.${newHash}.pf_meta`)) rmSync(metaFile);
  for (const [index, file] of chunkFiles.entries()) if (cutAgain[index]) rmSync(file);
  return { before: oldChunks.length, cutAgain: cutAgain.filter(Boolean).length, after: newChunks.length };
}

/** A chunk as the metadata lists it, with its words. */
export type IndexChunk = { from: string; to: string; hash: string; words: Word[] };

/**
 * Reads the whole word index of `locale`: the chunks with their bounds and
 * words, and the metadata's bytes before and after the chunk list. For checks
 * and tests; the build reads only what it cuts again.
 */
export async function readIndex(
  folder: string,
  locale: string,
): Promise<{ metaFile: string; before: Buffer; after: Buffer; chunks: IndexChunk[] }> {
  const { metaFile, meta, chunksStart, chunksEnd, chunks } = await readMeta(folder, locale);
  const files = chunks.map(({ hash }) => join(folder, 'index', `${hash}.pf_index`));
  const unpacked = await Promise.all(files.map(unpack));
  return {
    metaFile,
    before: meta.subarray(0, chunksStart),
    after: meta.subarray(chunksEnd),
    chunks: chunks.map((chunk, index) => ({ ...chunk, words: wordsOf(unpacked[index]!, files[index]!) })),
  };
}
