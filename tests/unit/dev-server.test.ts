/**
 * `astro dev`, as an editor previews a change: each decision's files beside
 * the collection answer at the addresses the built site has, without a
 * trailing slash. A build writes them with scripts/build-decision-files.ts,
 * so only the dev server's routes serve them there. The large downloads come
 * from a worker thread (src/data/downloads.ts), in dev as in a build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const cache = mkdtempSync(join(tmpdir(), 'dev-server-'));
let server: ChildProcess;
let origin = '';

beforeAll(async () => {
  server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4391'], {
    cwd: root,
    // Its own cache, so that the dev server's content store is not the build's; and none of the
    // variables Vitest sets for itself (MODE, DEV, PROD...), which Vite would take for the server's.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORTAL_CACHE: cache },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  origin = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start:\n${said}`)), 60_000);
    const read = (chunk: Buffer) => {
      said += chunk;
      // eslint-disable-next-line no-control-regex -- the colours of Astro's output
      const address = /http:\/\/localhost:(\d+)/.exec(said.replace(/\x1b\[[0-9;]*m/g, ''));
      if (address) {
        clearTimeout(timer);
        ready(`http://localhost:${address[1]}`);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
  });
}, 90_000);

afterAll(() => {
  server?.kill();
  rmSync(cache, { recursive: true, force: true });
});

describe('astro dev', () => {
  it("serves a decision's record and citations at the built site's addresses", async () => {
    const get = async (path: string) => {
      const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
      return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
    };
    const json = await get('/data/decisions/cat-444-2010.json');
    expect(json.status).toBe(200);
    expect((JSON.parse(json.text) as { decision: { id: string } }).decision.id).toBe('cat-444-2010');

    const bib = await get('/data/decisions/cat-444-2010.bib');
    expect(bib.status).toBe(200);
    expect(bib.type).toContain('application/x-bibtex');
    expect(bib.text).toMatch(/^@\w+\{cat-444-2010,/);

    const risFile = await get('/data/decisions/cat-444-2010.ris');
    expect(risFile.status).toBe(200);
    expect(risFile.text).toMatch(/^TY {2}- CASE/);

    // Not taken for the record of a decision "cat-444-2010.csl".
    const csl = await get('/data/decisions/cat-444-2010.csl.json');
    expect(csl.status).toBe(200);
    expect((JSON.parse(csl.text) as { id: string }[])[0]!.id).toBe('cat-444-2010');

    expect((await get('/data/decisions/no-such-decision.json')).status).toBe(404);
  }, 60_000);

  it('serves the large downloads, written on their worker thread', async () => {
    const json = await fetch(`${origin}/data/decisions.json`);
    expect(json.headers.get('content-type')).toContain('application/json');
    const { count, decisions } = (await json.json()) as { count: number; decisions: { id: string }[] };
    expect(count).toBeGreaterThan(0);
    expect(decisions.map((decision) => decision.id)).toContain('cat-444-2010');

    const csv = await fetch(`${origin}/data/followups.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    // The byte-order mark that keeps Cyrillic intact in Excel (text() would drop it).
    expect(Buffer.from(await csv.arrayBuffer()).toString('latin1')).toMatch(/^\xEF\xBB\xBFid,kind,/);
  }, 60_000);
});
