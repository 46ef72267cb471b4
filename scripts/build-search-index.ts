/**
 * Builds the Pagefind search index over `dist/`. Fails the build on any
 * indexing error or when no page was indexed, rather than shipping a site
 * whose search silently finds nothing.
 *
 * Each language is indexed by its own Pagefind process, and the three indexes
 * are merged into dist/pagefind: Pagefind holds everything it indexes in
 * memory until it writes, and one process over every language needed more
 * memory than the build's budget at 10,000 decisions (docs/performance.md).
 * The merged folder is what one process would write: each language's files
 * are its own, and pagefind-entry.json lists the three.
 *
 * Each new index's word chunks are then cut again (scripts/lib/search-chunks.ts)
 * so that a search loads less: a word found on most pages gets a chunk of its
 * own, and each searched word falls in one chunk. This runs while Pagefind
 * indexes the next language. `--no-recut` leaves Pagefind's chunks as they are
 * and Pagefind's names of its WebAssembly files and scripts (the benchmark's
 * baseline, a minimal Astro and Pagefind site, uses it). Otherwise each
 * WebAssembly file, Pagefind's script and its worker are named by their
 * content, so that browsers may keep them.
 *
 * Each language's search page then gets a preload of its page list and
 * WebAssembly, whose names only the index says, and loads Pagefind's script
 * by its new name (scripts/lib/search-preload.ts).
 *
 * With `--cache <folder>` (as `npm run build` gives it), each language's index
 * is kept there with a key of what it was made from: Pagefind's version, this
 * script and the re-cutting, and every page of the language that it reads. A language whose pages are all
 * unchanged is not indexed again; its kept index is linked into the output.
 * Pagefind itself has no incremental mode, so a change to one page still
 * indexes that page's whole language again.
 *
 * With `--pages <glob>` (relative to each language folder; `npm run build`
 * gives scripts/lib/search-pages.ts), Pagefind reads only those pages; by
 * default it reads every page.
 *
 *   node scripts/build-search-index.ts [--site dist] [--cache node_modules/.astro/pagefind] [--pages '**\/*.html'] [--no-recut]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { LOCALES, type Locale } from '../src/i18n/index.ts';
import { rechunkLanguage, SearchChunkError } from './lib/search-chunks.ts';
import { isSearched } from './lib/search-pages.ts';
import { SEARCH_PAGE, SearchPreloadError, wasmName, withSearchPreloads } from './lib/search-preload.ts';
import { filesUnder } from './lib/site-files.ts';
import { readCommandLine } from './lib/command-line.ts';
import { exitWhenWritten } from './lib/exit.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    site: { type: 'string', default: 'dist' },
    cache: { type: 'string' },
    pages: { type: 'string', default: '**/*.html' },
    'no-recut': { type: 'boolean', default: false },
  },
});
const site = values.site!;
const output = join(site, 'pagefind');
const cache = values.cache;
const pages = values.pages!;

/** Why the index cannot be made, said to the editor in one message, without a stack. */
class IndexingError extends Error {}

function fail(message: string): never {
  throw new IndexingError(message);
}

type Entry = {
  version: string;
  languages: Record<string, { hash: string; page_count: number; wasm?: string | null }>;
  include_characters?: string[];
};

const ENTRY = 'pagefind-entry.json';
const pagefindPackage = join(import.meta.dirname, '../node_modules/pagefind');
const pagefindVersion = (JSON.parse(readFileSync(join(pagefindPackage, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * What a language's index is made from. Read file by file with `await`, so that
 * it runs while Pagefind indexes the previous language in its own process.
 */
async function keyOf(locale: Locale): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`pagefind ${pagefindVersion}\0${pages}\0${values['no-recut'] ? 'as Pagefind cut it' : 're-cut'}\0`);
  hash.update(readFileSync(import.meta.filename));
  hash.update(readFileSync(join(import.meta.dirname, 'lib/search-chunks.ts')));
  const folder = join(site, locale);
  const searched = filesUnder(folder, (name) => name.endsWith('.html')).filter((file) =>
    isSearched(relative(folder, file), pages),
  );
  for (const file of searched.sort()) {
    hash.update(`\0${relative(site, file)}\0`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

/**
 * Indexes one language into `folder`, with Pagefind's command line in a process
 * of its own. Its output is the same as the Node API's, byte for byte, but it
 * keeps one and a half cores busy where the API's service kept one, which made
 * it a fifth faster at 10,000 decisions.
 */
function indexLanguage(locale: Locale, folder: string): Promise<void> {
  rmSync(folder, { recursive: true, force: true });
  const args = ['--site', site, '--glob', `${locale}/${pages}`, '--output-path', folder];
  const child = spawn(process.execPath, [join(pagefindPackage, 'lib/runner/bin.cjs'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  child.stdout.on('data', (chunk) => (said += chunk));
  child.stderr.on('data', (chunk) => (said += chunk));
  return new Promise((done, refuse) => {
    child.on('close', (code) => {
      const count = Number(/Indexed (\d+) pages?/.exec(said)?.[1] ?? 0);
      if (code !== 0) refuse(new IndexingError(`indexing ${site}/${locale} failed:\n${said}`));
      else if (count === 0) refuse(new IndexingError(`no page in ${site}/${locale} was indexed; is data-pagefind-body missing?`));
      else done();
    });
  });
}

/** Puts every file of `from` into `to`, as hard links where the file system allows (no copying), else as copies. */
function linkInto(from: string, to: string): void {
  for (const file of filesUnder(from, (name) => name !== ENTRY)) {
    const target = join(to, relative(from, file));
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(file, target);
    } catch {
      copyFileSync(file, target);
    }
  }
}

/** Re-cuts a new index's chunks (scripts/lib/search-chunks.ts); a file of an unexpected shape stops the build. */
const recut = { chunks: 0, parts: 0, seconds: 0 };
async function rechunk(folder: string, locale: Locale): Promise<void> {
  const started = performance.now();
  try {
    const report = await rechunkLanguage(folder, locale);
    recut.chunks += report.cutAgain;
    recut.parts += report.after - report.before + report.cutAgain;
    recut.seconds += (performance.now() - started) / 1000;
  } catch (error) {
    if (error instanceof SearchChunkError) fail(`cannot re-cut the ${locale} index: ${error.message}`);
    throw error;
  }
}

/** The part of a file's name made from its content: the first ten hex digits of its SHA-256. */
const contentHash = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex').slice(0, 10);

/**
 * Gives each language's WebAssembly a name made from its content
 * (`wasm.ru_<hash>.pagefind`), and the entry file that name, so that browsers
 * may keep it a year like Pagefind's other files (scripts/lib/security-headers.ts).
 * Pagefind's own name, `wasm.ru.pagefind`, says only the language: a new
 * version of Pagefind would reuse it. Pagefind's script reads the name from
 * the entry file's `wasm` (no value meaning `unknown`), and uses it for
 * nothing else.
 */
function nameWasmByContent(entry: Entry): void {
  const named = new Map<string, string>();
  for (const language of Object.values(entry.languages)) {
    const name = wasmName(language);
    let hashed = named.get(name);
    if (hashed === undefined) {
      const file = join(output, `wasm.${name}.pagefind`);
      if (!existsSync(file)) fail(`Pagefind wrote no ${relative(site, file)}, which its entry file names`);
      hashed = `${name}_${contentHash(readFileSync(file))}`;
      renameSync(file, join(output, `wasm.${hashed}.pagefind`));
      named.set(name, hashed);
    }
    language.wasm = hashed;
  }
  // The others, for languages this site has none of, are never fetched.
  for (const file of filesUnder(output, (name) => /^wasm\.[^_]+\.pagefind$/.test(name))) rmSync(file);
}

/** How Pagefind's script names its worker, once, after the folder of its files. */
const WORKER = 'pagefind-worker.js';

/** How Pagefind's worker, and its script for when it runs without one, write the entry file's address. */
const ENTRY_ADDRESS = '`${this.basePath}pagefind-entry.json`';
/**
 * The same in the copies: `pagefind-entry_<tag>.json` when the page gives a
 * tag (`metaCacheTag`, one of Pagefind's options, which it otherwise only
 * adds to the address as `?ts=`), and Pagefind's own name when it does not.
 */
const NAMED_ENTRY_ADDRESS = '`${this.basePath}pagefind-entry${this.metaCacheTag===null?"":`_${this.metaCacheTag}`}.json`';

/** What the search pages load: the named copy of Pagefind's script, and the hash in the entry file's name. */
type NamedScripts = { script: string; entry: string };

/**
 * Gives Pagefind's script and worker, and its entry file, names made from
 * their content (`pagefind_<hash>.js`, `pagefind-worker_<hash>.js`,
 * `pagefind-entry_<hash>.json`), so that browsers may keep them a year, as
 * the WebAssembly: with Pagefind's names, which a new version or a new index
 * reuses, a second search asked for each again, one round trip after the
 * other, and Pagefind adds the time to its entry file's address so that no
 * browser keeps it (docs/performance.md, changes 38 and 39).
 *
 * The named worker is Pagefind's with one change: it reads the entry file
 * named by the tag the page gives it (`metaCacheTag`), the entry file's hash.
 * The named script is Pagefind's with the same change, for when it runs
 * without its worker, and its worker's name. Neither depends on the index,
 * so a browser keeps both from one publication to the next; the page, asked
 * for again each time, gives the entry file's hash (`data-search-entry`,
 * scripts/lib/search-preload.ts).
 *
 * Pagefind's own files stay beside them, for anyone who loads the index by
 * Pagefind's names; the search pages name these ones. `entryText` is the
 * entry file as the step has just written it.
 */
function nameScriptsByContent(entryText: string): NamedScripts {
  const read = (name: string) => {
    const file = join(output, name);
    if (!existsSync(file)) fail(`Pagefind wrote no ${relative(site, file)}`);
    return readFileSync(file, 'utf8');
  };
  /** `text` with its one `name` replaced by `by`; the build stops if Pagefind's `whose` has it other than once. */
  const changed = (text: string, whose: string, name: string, by: string, what: string) => {
    const times = text.split(name).length - 1;
    if (times !== 1) {
      fail(
        `Pagefind's ${whose} has ${what} (${name}) ${times} times where the build expects once: Pagefind ${pagefindVersion} may work differently (see nameScriptsByContent in scripts/build-search-index.ts)`,
      );
    }
    return text.replace(name, () => by);
  };
  const entry = contentHash(entryText);
  writeFileSync(join(output, `pagefind-entry_${entry}.json`), entryText);
  const worker = changed(read(WORKER), 'worker', ENTRY_ADDRESS, NAMED_ENTRY_ADDRESS, "its entry file's address");
  const workerName = `pagefind-worker_${contentHash(worker)}.js`;
  writeFileSync(join(output, workerName), worker);
  let script = changed(read('pagefind.js'), 'script', WORKER, workerName, "its worker's name");
  script = changed(script, 'script', ENTRY_ADDRESS, NAMED_ENTRY_ADDRESS, "its entry file's address");
  const scriptName = `pagefind_${contentHash(script)}.js`;
  writeFileSync(join(output, scriptName), script);
  return { script: scriptName, entry };
}

/**
 * Has each language's search page preload its page list and WebAssembly, and
 * load the named copy of Pagefind's script with the entry file's hash, or
 * Pagefind's own script when `named` is null (scripts/lib/search-preload.ts).
 */
function preloadOnSearchPages(entry: Entry, named: NamedScripts | null): void {
  for (const [locale, files] of Object.entries(entry.languages)) {
    const page = join(site, locale, SEARCH_PAGE);
    // A site without a search page, as the benchmark's baseline.
    if (!existsSync(page)) continue;
    let html: string;
    try {
      html = withSearchPreloads(readFileSync(page, 'utf8'), files, named?.script, named?.entry);
    } catch (error) {
      if (error instanceof SearchPreloadError) fail(`${relative(site, page)} ${error.message}`);
      throw error;
    }
    // A new file, not the same one written over: the build may have linked it from its kept pages (src/build/kept-pages.ts).
    writeFileSync(`${page}.new`, html);
    renameSync(`${page}.new`, page);
  }
}

// A mistake is said in one message, once everything written has left: `process.exit` right after
// Pagefind's whole log could cut it short in a pipe, as the build reads it (scripts/lib/exit.ts).
try {
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });
  const entries: Entry[] = [];
  const kept: Locale[] = [];
  const finishing: Promise<void>[] = [];
  let nextKey = cache ? keyOf(LOCALES[0]) : null;
  for (const [position, locale] of LOCALES.entries()) {
    const key = nextKey;
    const folder = cache ? join(cache, locale) : join(site, `.pagefind-${locale}`);
    const keyFile = `${folder}.key`;
    const keptKey = cache && existsSync(join(folder, ENTRY)) && existsSync(keyFile) ? readFileSync(keyFile, 'utf8') : null;
    let ready: Promise<void>;
    // A kept index is used when the pages it was made from are unchanged. Without one, as in a build
    // from nothing, the indexing starts at once and the pages' key is made meanwhile, for the next build.
    if (keptKey !== null && (await key) === keptKey) {
      kept.push(locale);
      ready = Promise.resolve();
    } else {
      rmSync(keyFile, { force: true });
      await indexLanguage(locale, `${folder}.new`);
      const made = JSON.parse(readFileSync(join(`${folder}.new`, ENTRY), 'utf8')) as Entry;
      if (!made.languages[locale]) fail(`the pages under ${site}/${locale} were not indexed as ${locale}; check <html lang>`);
      // The chunks are re-cut while Pagefind indexes the next language.
      ready = (values['no-recut'] ? Promise.resolve() : rechunk(`${folder}.new`, locale)).then(async () => {
        rmSync(folder, { recursive: true, force: true });
        renameSync(`${folder}.new`, folder);
        if (key !== null) writeFileSync(keyFile, await key);
      });
    }
    // The next language's pages are read while this one is indexed.
    const following = LOCALES[position + 1];
    nextKey = cache && following ? key!.then(() => keyOf(following)) : null;
    const finished = ready.then(() => {
      entries[position] = JSON.parse(readFileSync(join(folder, ENTRY), 'utf8')) as Entry;
      linkInto(folder, output);
      if (!cache) rmSync(folder, { recursive: true });
    });
    // Handled below, with the others; until then a failure must not count as unhandled.
    finished.catch(() => undefined);
    finishing.push(finished);
  }
  await Promise.all(finishing);
  if (entries.length === 0) fail('nothing was written');
  const merged: Entry = { ...entries[0]!, languages: Object.assign({}, ...entries.map((entry) => entry.languages)) };
  if (!values['no-recut']) nameWasmByContent(merged);
  const entryText = JSON.stringify(merged);
  writeFileSync(join(output, ENTRY), entryText);
  preloadOnSearchPages(merged, values['no-recut'] ? null : nameScriptsByContent(entryText));
  const indexed = Object.values(merged.languages).reduce((sum, language) => sum + language.page_count, 0);
  const unchanged = kept.length > 0 ? `; ${kept.join(', ')} unchanged since the last build, kept` : '';
  const cut =
    recut.chunks > 0
      ? `; ${recut.chunks} large word chunk${recut.chunks === 1 ? '' : 's'} cut into ${recut.parts} in ${recut.seconds.toFixed(1)} s`
      : '';
  console.log(
    `Search index: ${indexed} pages indexed into ${output}, one index per language (${LOCALES.join(', ')})${unchanged}${cut}`,
  );
} catch (error) {
  if (!(error instanceof IndexingError)) throw error;
  console.error(`Search index: ${error.message}`);
  await exitWhenWritten(1);
}
