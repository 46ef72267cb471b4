/**
 * The local static server of the browser tests and the benchmark: it sends the
 * headers of `_headers` by the same rules as the static hosts, and a server
 * that cannot start says so rather than leaving its caller waiting.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

const site = mkdtempSync(join(tmpdir(), 'static-server-'));
const port = Number(process.env.PORT ?? 4329) + 31;
const servers: StaticServer[] = [];
afterAll(() => {
  for (const server of servers) server.stop();
  rmSync(site, { recursive: true, force: true });
});

mkdirSync(join(site, 'en'));
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
  ].join('\n'),
);

describe('the static server', () => {
  it('sends each path the headers of the rules that match it, as the hosts read _headers', async () => {
    const server = await startStaticServer({ dir: site, port });
    servers.push(server);
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

  it('that cannot listen stops its caller with the reason, not a wait', async () => {
    await expect(startStaticServer({ dir: site, port })).rejects.toThrow(`before it listened on port ${port}`);
  });
});
