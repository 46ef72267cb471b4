/**
 * The search-index step on a small site: one index per language, merged, and
 * on a second build the languages whose pages did not change are kept rather
 * than indexed again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndex } from '../../scripts/lib/search-chunks.ts';
import { isSearched, SEARCHED_PAGES } from '../../scripts/lib/search-pages.ts';
import { filesUnder } from '../../scripts/lib/site-files.ts';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'search-index-'));
const site = join(work, 'dist');
const cache = join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(locale: string, id: string, text: string) {
  mkdirSync(join(site, locale, 'decisions', id), { recursive: true });
  writeFileSync(
    join(site, locale, 'decisions', id, 'index.html'),
    `<!doctype html><html lang="${locale}"><head><title>${id}</title></head><body><main data-pagefind-body><h1>${id}</h1><p>${text}</p></main></body></html>`,
  );
}

function indexSite(...more: string[]) {
  const run = spawnSync(
    process.execPath,
    [join(root, 'scripts/build-search-index.ts'), '--site', site, '--cache', cache, ...more],
    {
      encoding: 'utf8',
    },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

const entryOf = () => JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: object };
const fragmentsOf = (locale: string) =>
  filesUnder(join(site, 'pagefind/fragment'), (name) => name.startsWith(`${locale}_`)).map((file) =>
    gunzipSync(readFileSync(file)).toString('utf8'),
  );
const filesOf = (locale: string) => filesUnder(join(site, 'pagefind'), (name) => name.startsWith(`${locale}_`)).length;

describe('the search index step', () => {
  for (const [locale, text] of [
    ['kk', 'азаптау туралы шағым'],
    ['ru', 'жалоба о пытках'],
    ['en', 'a complaint of torture'],
  ]) {
    page(locale!, 'cat-1-2020', text!);
    page(locale!, 'ccpr-2-2021', `${text} and assembly`);
  }

  it('indexes each language and merges the three into one index', () => {
    const said = indexSite();
    expect(said).toMatch(/6 pages indexed/);
    expect(said).not.toMatch(/kept/);
    expect(Object.keys(entryOf().languages).sort()).toEqual(['en', 'kk', 'ru']);
    for (const locale of ['kk', 'ru', 'en']) expect(filesOf(locale)).toBeGreaterThan(0);
  });

  it('names each WebAssembly file by its content, and the entry file that name', () => {
    const wasmFiles = () => filesUnder(join(site, 'pagefind'), (name) => name.startsWith('wasm.')).map((file) => basename(file));
    const names = Object.values(entryOf().languages as Record<string, { wasm: string | null }>).map(({ wasm }) => wasm);
    // Kazakh has no stemmer in Pagefind: its language's WebAssembly is Pagefind's `unknown`.
    expect(names.map((name) => name?.replace(/_[\da-f]{10}$/, ''))).toEqual(
      ['kk', 'ru', 'en'].map((locale) => (locale === 'kk' ? 'unknown' : locale)),
    );
    for (const name of names) {
      const bytes = readFileSync(join(site, 'pagefind', `wasm.${name}.pagefind`));
      expect(name!.endsWith(`_${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`), name!).toBe(true);
    }
    // Pagefind's own names are gone, so nothing is fetched by a name a new version would reuse.
    expect(wasmFiles().sort()).toEqual(names.map((name) => `wasm.${name}.pagefind`).sort());
  });

  it('keeps the languages whose pages did not change, and indexes the changed one again', () => {
    const before = readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8');
    expect(indexSite()).toMatch(/kk, ru, en unchanged since the last build, kept/);
    expect(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')).toBe(before);

    page('en', 'cat-1-2020', 'a complaint of torture, with a new sentence about deportation');
    const said = indexSite();
    expect(said).toMatch(/kk, ru unchanged since the last build, kept/);
    expect(said).not.toMatch(/en unchanged/);
    // The new sentence is in the English index: the fragments are gzipped JSON.
    expect(fragmentsOf('en').some((fragment) => fragment.includes('deportation'))).toBe(true);
    expect(Object.keys(entryOf().languages).sort()).toEqual(['en', 'kk', 'ru']);
  });

  it('with --pages, reads only those pages, and a change elsewhere keeps the index', () => {
    // A list page marked for search, as a mistake would: outside the portal's searched pages.
    const list = (word: string) =>
      writeFileSync(
        join(site, 'en/decisions/index.html'),
        `<!doctype html><html lang="en"><head><title>List</title></head><body><main data-pagefind-body><p>${word}</p></main></body></html>`,
      );
    list('listonlyword');
    expect(indexSite()).toMatch(/7 pages indexed/);
    expect(fragmentsOf('en').some((fragment) => fragment.includes('listonlyword'))).toBe(true);

    expect(indexSite('--pages', SEARCHED_PAGES)).toMatch(/6 pages indexed/);
    expect(fragmentsOf('en').some((fragment) => fragment.includes('listonlyword'))).toBe(false);
    expect(fragmentsOf('en').some((fragment) => fragment.includes('deportation'))).toBe(true);

    list('anotherword');
    expect(indexSite('--pages', SEARCHED_PAGES)).toMatch(/kk, ru, en unchanged since the last build, kept/);
  });

  it("has each search page preload its language's page list and WebAssembly, writing the page anew", () => {
    const searchPage = (locale: string) => join(site, locale, 'search/index.html');
    for (const locale of ['kk', 'ru', 'en']) {
      mkdirSync(join(site, locale, 'search'), { recursive: true });
      writeFileSync(
        searchPage(locale),
        `<!doctype html><html lang="${locale}"><head><link rel="modulepreload" href="/pagefind/pagefind.js" data-search-files></head>` +
          '<body><form data-search-form data-bundle="/pagefind/pagefind.js"></form></body></html>',
      );
    }
    // The build links the pages it keeps from its cache: that copy must stay as Astro wrote it.
    const kept = join(work, 'kept-search-page.html');
    linkSync(searchPage('ru'), kept);
    const before = readFileSync(kept, 'utf8');
    indexSite('--pages', SEARCHED_PAGES);
    expect(readFileSync(kept, 'utf8')).toBe(before);
    for (const locale of ['kk', 'ru', 'en']) {
      const hrefs = [...readFileSync(searchPage(locale), 'utf8').matchAll(/<link rel="preload" href="\/pagefind\/([^"]+)"/g)].map(
        (match) => match[1]!,
      );
      const { hash, wasm } = (entryOf().languages as Record<string, { hash: string; wasm: string }>)[locale]!;
      expect(hrefs).toEqual([`pagefind.${hash}.pf_meta`, `wasm.${wasm}.pagefind`]);
      for (const href of hrefs) expect(existsSync(join(site, 'pagefind', href)), href).toBe(true);
    }
  });

  it("names Pagefind's script, worker and entry file by their content, and the search pages load them by those names", () => {
    const named = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);
    const folder = join(site, 'pagefind');
    const html = readFileSync(join(site, 'ru/search/index.html'), 'utf8');
    const form = /data-bundle="\/pagefind\/(pagefind_[\da-f]{10}\.js)" data-search-entry="([\da-f]{10})"/.exec(html);
    expect(form).not.toBeNull();
    const [, script, entry] = form!;
    expect(html).toContain(`<link rel="modulepreload" href="/pagefind/${script}" data-search-files>`);
    // The copy of the entry file is Pagefind's as the step leaves it, named by its content.
    const entryText = readFileSync(join(folder, 'pagefind-entry.json'), 'utf8');
    expect(entry).toBe(named(entryText));
    expect(readFileSync(join(folder, `pagefind-entry_${entry}.json`), 'utf8')).toBe(entryText);
    // The copies of the worker and script are Pagefind's, reading the entry file named by the tag the
    // page gives, and the script starting the worker's copy: neither depends on the index.
    const address = '`${this.basePath}pagefind-entry.json`';
    const tagged = '`${this.basePath}pagefind-entry${this.metaCacheTag===null?"":`_${this.metaCacheTag}`}.json`';
    const worker = readFileSync(join(folder, 'pagefind-worker.js'), 'utf8').replace(address, () => tagged);
    const workerName = `pagefind-worker_${named(worker)}.js`;
    expect(readFileSync(join(folder, workerName), 'utf8')).toBe(worker);
    const text = readFileSync(join(folder, script!), 'utf8');
    expect(script).toBe(`pagefind_${named(text)}.js`);
    expect(text).toBe(
      readFileSync(join(folder, 'pagefind.js'), 'utf8')
        .replace('pagefind-worker.js', workerName)
        .replace(address, () => tagged),
    );
    for (const copy of [text, worker]) {
      expect(copy).toContain(tagged);
      expect(copy).not.toContain(address);
    }
    expect(text).not.toContain('pagefind-worker.js');
  });

  it("keeps the names of Pagefind's script and worker when only the index changes", () => {
    const scripts = () => filesUnder(join(site, 'pagefind'), (name) => /^pagefind(-worker)?_/.test(name)).sort();
    const entries = () => filesUnder(join(site, 'pagefind'), (name) => /^pagefind-entry_/.test(name));
    const before = { scripts: scripts(), entries: entries() };
    page('ru', 'cat-1-2020', 'жалоба о пытках на Байконуре');
    try {
      indexSite('--pages', SEARCHED_PAGES);
      expect(scripts()).toEqual(before.scripts);
      expect(entries()).toHaveLength(1);
      expect(entries()).not.toEqual(before.entries);
    } finally {
      page('ru', 'cat-1-2020', 'жалоба о пытках');
      indexSite('--pages', SEARCHED_PAGES);
    }
  });

  it('stops, naming the page, when a search page has lost the link the preloads follow', () => {
    writeFileSync(join(site, 'en/search/index.html'), '<!doctype html><html lang="en"><head></head><body></body></html>');
    const run = spawnSync(process.execPath, [join(root, 'scripts/build-search-index.ts'), '--site', site, '--cache', cache], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Search index: en\/search\/index\.html has no <link … data-search-files>/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    rmSync(join(site, 'en/search'), { recursive: true });
  });

  it('sets its own chunk bounds, and leaves Pagefind’s with --no-recut', async () => {
    // The last chunk of a re-cut index reaches to the highest code point; Pagefind's ends at its last word.
    const lastBounds = () =>
      Promise.all(['kk', 'ru', 'en'].map(async (locale) => (await readIndex(join(site, 'pagefind'), locale)).chunks.at(-1)!.to));
    expect(await lastBounds()).toEqual(Array(3).fill('\u{10ffff}'));
    expect(indexSite('--pages', SEARCHED_PAGES, '--no-recut')).not.toMatch(/kept/);
    expect((await lastBounds()).filter((bound) => bound === '\u{10ffff}')).toEqual([]);
    // Pagefind's own names, as the benchmark's baseline loads them.
    expect(filesUnder(join(site, 'pagefind'), (name) => /^pagefind(-worker|-entry)?_/.test(name))).toEqual([]);
    expect(readFileSync(join(site, 'ru/search/index.html'), 'utf8')).toContain('data-bundle="/pagefind/pagefind.js"');
    expect(indexSite('--pages', SEARCHED_PAGES)).not.toMatch(/kept/);
    expect(await lastBounds()).toEqual(Array(3).fill('\u{10ffff}'));
  });
});

describe('the search index step, given pages it cannot index', () => {
  // A site of its own, so that the index above is not disturbed.
  const broken = join(work, 'broken');
  const write = (path: string, lang: string, text: string) => {
    mkdirSync(join(broken, path, '..'), { recursive: true });
    writeFileSync(
      join(broken, path),
      `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`,
    );
  };
  const run = () =>
    spawnSync(process.execPath, [join(root, 'scripts/build-search-index.ts'), '--site', broken], { encoding: 'utf8' });
  /** The message the editor sees: the step's own, whole, with no stack. */
  const expectRefusal = (said: { stderr: string; status: number | null }, message: RegExp) => {
    expect(said.status).toBe(1);
    expect(said.stderr).toMatch(message);
    expect(said.stderr).not.toMatch(/\n\s+at /);
  };

  it('names a language with no page, with Pagefind’s whole log', () => {
    write('kk/decisions/a/index.html', 'kk', 'азаптау');
    write('ru/decisions/a/index.html', 'ru', 'пытки');
    const said = run();
    expectRefusal(said, /^Search index: indexing .*\/en failed:\n/);
    // Pagefind's last words, after its whole log of the step.
    expect(said.stderr).toMatch(/Indexed 0 pages[\s\S]*did not contain any html files\.\s*$/);
  });

  it('names pages indexed under another language, before the next language is indexed', () => {
    // The Kazakh pages say they are English.
    write('kk/decisions/a/index.html', 'en', 'азаптау');
    write('en/decisions/a/index.html', 'en', 'torture');
    const said = run();
    expectRefusal(said, /^Search index: the pages under .*\/kk were not indexed as kk; check <html lang>\n$/);
    expect(existsSync(join(broken, '.pagefind-ru.new'))).toBe(false);
  });
});

describe('the pages the search index reads', () => {
  it('are the decision pages and the other pages for search, not the lists', () => {
    for (const page of [
      'index.html',
      'decisions/ccpr-2137-2012/index.html',
      'committees/cat/index.html',
      'meetings/2024-05/index.html',
    ]) {
      expect(isSearched(page), page).toBe(true);
    }
    for (const page of [
      'decisions/index.html',
      'decisions/committee/cat/index.html',
      'decisions/sort/number/index.html',
      'follow-up/index.html',
      'follow-up/status/open/index.html',
      'editors/index.html',
    ]) {
      expect(isSearched(page), page).toBe(false);
    }
  });
});
