/**
 * A rebuild keeps the pages whose content did not change, and renders every
 * page that shows a changed entry (src/build/kept-pages.ts). A stale page
 * would show a reader what an editor has corrected, so a rebuild is checked
 * against the content it was given.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { codeKey, keepUnchanged, keptPages, pagePath, storeFile, type KeptPages } from '../../src/build/kept-pages.ts';
import { astroBuild } from './astro-build.ts';

const root = join(import.meta.dirname, '../..');
const registry = globalThis as { [key: symbol]: KeptPages | undefined };
const REGISTRY = Symbol.for('portal.kept-pages');

describe('the path of a keyed page', () => {
  it('follows its route, index pages included', () => {
    expect(pagePath('[lang]/decisions/[id]', { lang: 'en', id: 'ccpr-2521-2015' })).toBe('en/decisions/ccpr-2521-2015/');
    expect(pagePath('[lang]/decisions/index', { lang: 'kk' })).toBe('kk/decisions/');
    expect(pagePath('[lang]/index', { lang: 'ru' })).toBe('ru/');
    expect(pagePath('[lang]/follow-up/[facet]/[value]', { lang: 'en', facet: 'status', value: 'overdue' })).toBe(
      'en/follow-up/status/overdue/',
    );
  });

  it('is not worked out for a parameter that is not a plain name, so such a page is always rendered', () => {
    expect(pagePath('[lang]/decisions/[id]', { lang: 'en', id: '../x' })).toBeNull();
    expect(pagePath('[lang]/decisions/[id]', { lang: 'en', id: '..' })).toBeNull();
    expect(pagePath('[lang]/decisions/[id]', { lang: 'en', id: 'a/b' })).toBeNull();
    expect(pagePath('[lang]/decisions/[id]', { lang: 'en' })).toBeNull();
  });

  it('names a page file for every route the pages give', () => {
    const routes = new Set<string>();
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else
          for (const match of readFileSync(path, 'utf8').matchAll(/(?:keepUnchanged|listPagePaths)\(\s*'([^']+)'/g))
            routes.add(match[1]!);
      }
    };
    walk(join(root, 'src/pages'));
    expect(routes.size).toBeGreaterThanOrEqual(11);
    for (const route of routes) expect(existsSync(join(root, 'src/pages', `${route}.astro`)), route).toBe(true);
  });
});

describe('which pages a build keeps', () => {
  const store = mkdtempSync(join(tmpdir(), 'portal-kept-'));
  afterEach(() => {
    delete registry[REGISTRY];
  });
  afterAll(() => rmSync(store, { recursive: true, force: true }));

  const paths = ['a', 'b', 'c', 'd'].map((id) => ({ params: { lang: 'en', id }, cacheKey: `key-${id}` }));

  it('keeps nothing outside a build: the dev server and the checks see every page', () => {
    expect(keptPages()).toBeUndefined();
    expect(keepUnchanged('[lang]/decisions/[id]', paths)).toEqual(paths);
  });

  it('keeps a page only when its key is unchanged and its copy is there, and always renders the first', () => {
    for (const id of ['a', 'b', 'c']) writeFileSync(storeFile(store, `en/decisions/${id}/`), id);
    registry[REGISTRY] = {
      code: 'code',
      store,
      previous: new Map([
        ['en/decisions/a/', 'key-a'],
        ['en/decisions/b/', 'key-b'],
        ['en/decisions/c/', 'an older key'],
        ['en/decisions/d/', 'key-d'],
      ]),
      keys: new Map(),
      kept: new Set(),
    };
    const rendered = keepUnchanged('[lang]/decisions/[id]', paths).map((item) => item.params.id);
    // a: the route's first page; c: its key changed; d: no copy kept.
    expect(rendered).toEqual(['a', 'c', 'd']);
    expect([...keptPages()!.kept]).toEqual(['en/decisions/b/']);
    expect(keptPages()!.keys.get('en/decisions/d/')).toBe('key-d');
  });

  it('renders every page again when the code changes', () => {
    const project = mkdtempSync(join(tmpdir(), 'portal-code-'));
    try {
      mkdirSync(join(project, 'src/components'), { recursive: true });
      mkdirSync(join(project, 'src/content/decisions'), { recursive: true });
      writeFileSync(join(project, 'src/components/Page.astro'), '<p>one</p>');
      writeFileSync(join(project, 'src/content/decisions/x.md'), 'one');
      const settings = { site: 'https://example.org' };
      const before = codeKey(project, settings);
      // The content has keys of its own: a change to it leaves the code's key alone.
      writeFileSync(join(project, 'src/content/decisions/x.md'), 'two');
      expect(codeKey(project, settings)).toBe(before);
      writeFileSync(join(project, 'src/components/Page.astro'), '<p>two</p>');
      const changed = codeKey(project, settings);
      expect(changed).not.toBe(before);
      expect(codeKey(project, { site: 'https://example.com' })).not.toBe(changed);
      writeFileSync(join(project, 'package-lock.json'), '{}');
      expect(codeKey(project, settings)).not.toBe(changed);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('a rebuild', () => {
  const work = mkdtempSync(join(tmpdir(), 'portal-rebuild-'));
  const content = join(work, 'project/src/content');
  const out = join(work, 'dist');
  const cache = join(work, 'cache');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('shows each change to the content and keeps the pages that did not change', () => {
    cpSync(join(root, 'src/content'), content, { recursive: true });
    const cold = astroBuild(content, out, cache);
    expect(cold.status, cold.stderr || cold.stdout).toBe(0);
    expect(cold.stdout).toMatch(/0 unchanged pages kept from the last build, \d+ rendered/);

    // A summary gains a sentence, a decision's subject is corrected, another decision is withdrawn.
    const summary = join(content, 'decisions/cat-441-2010.md');
    writeFileSync(summary, `${readFileSync(summary, 'utf8')}\nA sentence added after the first build.\n`);
    const facts = join(content, 'decisions/cat-475-2011.md');
    const subject = /^subject: .*$/m.exec(readFileSync(facts, 'utf8'))![0];
    writeFileSync(facts, readFileSync(facts, 'utf8').replace(subject, 'subject: A subject corrected after the first build'));
    for (const file of ['decisions', 'translations/kk/decisions', 'translations/ru/decisions']) {
      rmSync(join(content, file, 'cat-495-2012.md'), { force: true });
    }

    rmSync(out, { recursive: true, force: true });
    const rebuild = astroBuild(content, out, cache);
    expect(rebuild.status, rebuild.stderr || rebuild.stdout).toBe(0);
    const [, kept, rendered] = /(\d+) unchanged pages kept from the last build, (\d+) rendered/.exec(rebuild.stdout)!;
    expect(Number(kept)).toBeGreaterThan(100);
    expect(Number(rendered)).toBeLessThan(Number(kept));

    const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
    expect(page('en/decisions/cat-441-2010/')).toContain('A sentence added after the first build.');
    expect(page('en/decisions/cat-475-2011/')).toContain('A subject corrected after the first build');
    // The lists show the subject, so they are rendered again too.
    expect(page('en/decisions/')).toContain('A subject corrected after the first build');
    expect(page('en/decisions/committee/cat/')).toContain('A subject corrected after the first build');
    expect(existsSync(join(out, 'en/decisions/cat-495-2012'))).toBe(false);
    expect(page('en/decisions/')).not.toContain('cat-495-2012');
    expect(existsSync(storeFile(join(cache, 'kept-pages/pages'), 'en/decisions/cat-495-2012/'))).toBe(false);

    // An unchanged decision's page is its kept copy, linked rather than rendered, and still listed in the sitemap.
    const unchanged = join(out, 'en/decisions/cat-538-2013/index.html');
    const copy = storeFile(join(cache, 'kept-pages/pages'), 'en/decisions/cat-538-2013/');
    expect(statSync(unchanged).ino).toBe(statSync(copy).ino);
    expect(rebuild.stdout).not.toContain('/en/decisions/cat-538-2013/index.html');
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/en/decisions/cat-538-2013/</loc>');
    expect(sitemap).not.toContain('cat-495-2012');
  }, 240_000);
});
