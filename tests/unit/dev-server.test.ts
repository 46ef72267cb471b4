/**
 * `astro dev`, as an editor previews a change, and `astro build` serve the
 * same addresses from the same routes: every file a build of a small site
 * writes (pages, downloads, feeds, citation files, redirects) is served by
 * the dev server at its address, and every file that is not a page byte for
 * byte the same.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/site-files.ts';
import { astroBuild } from './astro-build.ts';

const root = join(import.meta.dirname, '../..');
const content = join(root, 'tests/fixtures/routes/src/content');
const scratch = mkdtempSync(join(tmpdir(), 'dev-server-'));
const out = join(scratch, 'site');
/** What the build writes after rendering, beside the routes: the sitemap, the headers for hosts and the search index. */
const AFTER_BUILD = /^(_astro\/|_headers$|nginx-security-headers\.conf$|sitemap[\w-]*\.xml$|404\.html$|pagefind\/)/;
let server: ChildProcess;
let origin = '';
/** What the dev server printed, shown when a test fails. */
let said = '';

beforeAll(async () => {
  const built = astroBuild(content, out, join(scratch, 'build-cache'));
  if (built.status !== 0) throw new Error(`astro build failed:\n${built.stdout}\n${built.stderr}`);
  const port = Number(process.env.PORT ?? 4329) + 43;
  // On 127.0.0.1 alone, so that no other server on the same port of another address answers in its place.
  const args = ['dev', '--host', '127.0.0.1', '--port', String(port)];
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: root,
    // Its own cache, so that the dev server's content store is not the build's; and none of the
    // variables Vitest sets for itself, which Vite would take for the server's.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORTAL_CONTENT: content, PORTAL_CACHE: join(scratch, 'dev-cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  origin = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${said}`)), 60_000);
    const read = (chunk: Buffer) => {
      said += chunk;
      // eslint-disable-next-line no-control-regex -- the colours of Astro's output
      const address = /http:\/\/127\.0\.0\.1:(\d+)/.exec(said.replace(/\x1b\[[0-9;]*m/g, ''));
      if (address) {
        clearTimeout(timer);
        ready(`http://127.0.0.1:${address[1]}`);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
  // Vite bundles the pages' browser dependencies once the server is up, and serves nothing meanwhile.
  const started = Date.now();
  while ((await fetch(`${origin}/`).catch(() => null))?.status !== 200) {
    if (Date.now() - started > 90_000) throw new Error(`astro dev did not serve its pages:\n${said}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}, 270_000);

afterAll(() => {
  server?.kill();
  rmSync(scratch, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
};

describe('astro dev and astro build', () => {
  it('serve the same addresses, and the same bytes for every file that is not a page', async () => {
    const files = filesUnder(out)
      .map((file) => relative(out, file).split(sep).join('/'))
      .filter((file) => !AFTER_BUILD.test(file))
      .sort();
    expect(files).toEqual(expect.arrayContaining(['data/decisions.json', 'data/decisions/cat-444-2010.bib', 'en/index.html']));
    const differing: string[] = [];
    for (const file of files) {
      const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      const served = await get(path);
      if (served.status !== 200) differing.push(`${path}: ${served.status}`);
      else if (file.endsWith('.html')) {
        if (!served.type.startsWith('text/html')) differing.push(`${path}: ${served.type}`);
      } else if (!served.bytes.equals(readFileSync(join(out, file)))) differing.push(`${path}: other bytes`);
    }
    expect(differing, said).toEqual([]);
  }, 300_000);

  it("serve a decision's citations with their media types, without a trailing slash, and nothing for an unknown decision", async () => {
    const bib = await get('/data/decisions/cat-444-2010.bib');
    expect(bib.type).toContain('application/x-bibtex');
    expect(bib.bytes.toString()).toMatch(/^@\w+\{cat-444-2010,/);
    // Not taken for the record of a decision "cat-444-2010.csl".
    const csl = await get('/data/decisions/cat-444-2010.csl.json');
    expect((JSON.parse(csl.bytes.toString()) as { id: string }[])[0]!.id).toBe('cat-444-2010');
    expect((await get('/data/decisions/no-such-decision.json')).status).toBe(404);
    // The byte-order mark that keeps Cyrillic intact in Excel.
    expect((await get('/data/followups.csv')).bytes.toString('latin1')).toMatch(/^\xEF\xBB\xBFid,kind,/);
  }, 60_000);
});
