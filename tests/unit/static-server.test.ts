/**
 * The local static server of the browser tests and the benchmark: it sends the
 * headers of `_headers` by the same rules as the static hosts, and a server
 * that cannot start says so rather than leaving its caller waiting.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'static-server-'));
const port = Number(process.env.PORT ?? 4329) + 31;
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer({ dir: site, port });
});
afterAll(() => {
  server.stop();
  rmSync(site, { recursive: true, force: true });
});

mkdirSync(join(site, 'en'));
mkdirSync(join(site, 'pagefind/index'), { recursive: true });
// A Pagefind file: a gzip stream whose content starts with Pagefind's mark.
const chunk = gzipSync('pagefind_dcd words');
writeFileSync(join(site, 'pagefind/index/en_1a2b.pf_index'), chunk);
writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title>');
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
writeFileSync(join(site, 'en/index.html'), '<!doctype html><title>English</title>');
writeFileSync(join(site, 'site.css'), 'body { color: black }');
writeFileSync(
  join(site, '_headers'),
  [
    '# Every response',
    '/*',
    '  X-Content-Type-Options: nosniff',
    '',
    '/en/*',
    "  Content-Security-Policy: default-src 'self'",
    '',
    '/pagefind/index/*',
    '  Content-Encoding: gzip',
    '',
  ].join('\n'),
);

/** A request with only the headers given, and the bytes as sent. */
function request(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(parts) }));
    }).on('error', reject);
  });
}

describe('the static server', () => {
  it('sends each path the headers of the rules that match it, as the hosts read _headers', async () => {
    const page = await fetch(`${server.url}/en/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const stylesheet = await fetch(`${server.url}/site.css`);
    expect(await stylesheet.text()).toBe('body { color: black }');
    expect(stylesheet.headers.get('content-security-policy')).toBeNull();
    expect(stylesheet.headers.get('x-content-type-options')).toBe('nosniff');
    const folder = await fetch(`${server.url}/en`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/en/');
  });

  it("sends Pagefind's compressed files as gzip to a browser, and as they are to a client that does not accept it", async () => {
    const address = `${server.url}/pagefind/index/en_1a2b.pf_index`;
    const browser = await request(address, { 'accept-encoding': 'gzip, deflate, br' });
    expect(browser.headers['content-encoding']).toBe('gzip');
    expect(browser.headers['vary']).toBe('accept-encoding');
    expect(browser.body.equals(chunk)).toBe(true);
    // What a browser hands to Pagefind's script: the content, with the mark that says it is inflated.
    expect(await (await fetch(address)).text()).toBe('pagefind_dcd words');
    const plain = await request(address, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(chunk)).toBe(true);
    const missing = await request(`${server.url}/pagefind/index/gone.pf_index`, { 'accept-encoding': 'gzip' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).not.toBe('gzip');
    expect(missing.body.toString()).toContain('Not found');
  });

  it('that cannot listen stops its caller with the reason, not a wait', async () => {
    await expect(startStaticServer({ dir: site, port })).rejects.toThrow(`before it listened on port ${port}`);
  });
});
