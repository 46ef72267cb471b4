/**
 * The search index on a small site: each language in a Pagefind bundle of its
 * own, made only from the pages meant for search, and a build that stops
 * rather than publishing a search that finds nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { isSearched, pagefindIndex } from '../../src/integrations/pagefind.ts';

const work = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(site: string, path: string, lang: string, text: string) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(
    join(site, path),
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text}</p></main></body></html>`,
  );
}

/** Runs the integration's hook on `site`, as `astro build` does when it has written the pages. */
async function index(site: string): Promise<string[]> {
  const said: string[] = [];
  const logger = { info: (line: string) => said.push(line) } as unknown as AstroIntegrationLogger;
  const hook = pagefindIndex().hooks['astro:build:done']!;
  await hook({ dir: pathToFileURL(`${site}/`), logger } as Parameters<typeof hook>[0]);
  return said;
}

const entryOf = (site: string, locale: string) =>
  JSON.parse(readFileSync(join(site, 'pagefind', locale, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

describe('the search index', () => {
  const site = join(work, 'site');
  for (const [locale, text] of [
    ['kk', 'азаптау туралы шағым'],
    ['ru', 'жалоба о пытках'],
    ['en', 'a complaint of torture'],
  ] as const) {
    page(site, `${locale}/decisions/cat-1-2020/index.html`, locale, text);
    page(site, `${locale}/decisions/ccpr-2-2021/index.html`, locale, `${text} and assembly`);
    // A list marked for search by mistake: outside the pages search reads.
    page(site, `${locale}/decisions/index.html`, locale, 'listonlyword');
  }

  it('writes one bundle per language, each with its own language only, from the decision pages and not the lists', async () => {
    const said = await index(site);
    expect(said.join('\n')).toMatch(/Search index: 2 kk, 2 ru, 2 en pages/);
    for (const locale of ['kk', 'ru', 'en']) {
      expect(entryOf(site, locale).languages).toEqual({ [locale]: expect.objectContaining({ page_count: 2 }) });
      expect(readdirSync(join(site, 'pagefind', locale))).toContain('pagefind.js');
    }
  });

  it('stops the build when a language has no page to index', async () => {
    const empty = join(work, 'empty');
    page(empty, 'kk/decisions/a/index.html', 'kk', 'азаптау');
    page(empty, 'ru/decisions/a/index.html', 'ru', 'пытки');
    await expect(index(empty)).rejects.toThrow(/no page under en\/ to index/);
  });
});

describe('the pages the search index reads', () => {
  it('are the decision pages and the other pages for search, not the lists', () => {
    for (const path of [
      'index.html',
      'decisions/ccpr-2137-2012/index.html',
      'committees/cat/index.html',
      'meetings/2024-05/index.html',
    ]) {
      expect(isSearched(path), path).toBe(true);
    }
    for (const path of [
      'decisions/index.html',
      'decisions/committee/cat/index.html',
      'decisions/sort/number/index.html',
      'follow-up/index.html',
      'editors/index.html',
    ]) {
      expect(isSearched(path), path).toBe(false);
    }
  });
});
