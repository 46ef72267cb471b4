/**
 * The re-cut search index finds what Pagefind's own finds, in the browser with
 * Pagefind's own search code. Pagefind indexes the built pages afresh into one
 * copy of the site; a second copy has the same index cut into many small
 * chunks, the common words each alone (at this size the build's own cut
 * changes only the bounds); the same searches are made on both.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readIndex, rechunkLanguage } from '../../scripts/lib/search-chunks.ts';
import { filesUnder } from '../../scripts/lib/site-files.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { LOCALES } from '../../src/i18n/index.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const port = Number(process.env.PORT ?? 4329) + 17;
const work = mkdtempSync(join(tmpdir(), 'search-chunks-site-'));
const pagefindOwn = join(work, 'own');
const recut = join(work, 'cut');
const servers: StaticServer[] = [];

/** Serves `folder` on `port`, as the tests serve dist. */
async function serve(folder: string, on: number): Promise<string> {
  const server = await startStaticServer({ dir: folder, port: on });
  servers.push(server);
  return server.url;
}

let own = '';
let cut = '';

test.beforeAll(async () => {
  // The pages as links (nothing there is written); the search index made here.
  for (const folder of [pagefindOwn, recut]) {
    for (const file of filesUnder(dist, () => true)) {
      const path = relative(dist, file);
      if (path.startsWith('pagefind/')) continue;
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      linkSync(file, join(folder, path));
    }
  }
  const pagefind = spawnSync(
    process.execPath,
    [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', dist, '--output-path', join(pagefindOwn, 'pagefind')],
    { encoding: 'utf8' },
  );
  expect(pagefind.status, pagefind.stdout + pagefind.stderr).toBe(0);
  cpSync(join(pagefindOwn, 'pagefind'), join(recut, 'pagefind'), { recursive: true });
  for (const locale of LOCALES)
    await rechunkLanguage(join(recut, 'pagefind'), locale, { splitAbove: 0, alone: 2_000, target: 1_000 });
  own = await serve(pagefindOwn, port);
  cut = await serve(recut, port + 1);
});

test.afterAll(() => {
  for (const server of servers) server.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Every result of each query, in order, as Pagefind's search API gives them on `page`. */
async function search(page: Page, base: string, locale: string, queries: string[]) {
  await page.goto(`${base}/${locale}/search/`);
  return page.evaluate(async (queries) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle);
    const found: string[][] = [];
    for (const query of queries) found.push((await pagefind.search(query)).results.map((result: { id: string }) => result.id));
    return found;
  }, queries);
}

// One server pair for the three tests, in one worker.
test.describe.configure({ mode: 'default' });

for (const locale of LOCALES) {
  test(`a ${locale} search finds the same pages, in the same order, in the re-cut index`, async ({ page }) => {
    const { chunks } = await readIndex(join(pagefindOwn, 'pagefind'), locale);
    const recutChunks = (await readIndex(join(recut, 'pagefind'), locale)).chunks;
    expect(recutChunks.length, 'the copy is cut into many chunks').toBeGreaterThan(chunks.length * 10);

    // Words from all over the index, their beginnings as typed, and pairs of them. Beginnings of one
    // or two letters are left out: the pages they find depend on which chunks happen to be loaded,
    // in Pagefind's own index as in the re-cut one.
    const words = chunks.flatMap((chunk) => chunk.words.map(({ word }) => word)).filter((word) => /^\p{L}{4,}$/u.test(word));
    const sample = words.filter((_, index) => index % Math.ceil(words.length / 60) === 0);
    const queries = [
      ...sample,
      ...sample.flatMap((word) => [3, 4].map((letters) => Array.from(word).slice(0, letters).join(''))),
      ...sample.slice(1).map((word, index) => `${sample[index]} ${word}`),
      ...['the', 'kazakhstan', 'казахстан', 'қазақстан', 'торегожина', 'toregozhina'],
    ];
    const before = await search(page, own, locale, queries);
    const after = await search(page, cut, locale, queries);
    expect(before.filter((results) => results.length > 0).length).toBeGreaterThan(queries.length / 2);
    for (const [index, query] of queries.entries()) expect(after[index], `"${query}"`).toEqual(before[index]);
  });
}
