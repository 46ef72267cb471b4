/**
 * The site makes no request to any other host, and runs under its strict
 * Content-Security-Policy (sent as a header by the test server, as by the
 * static hosts' _headers file) without a single violation, search included.
 */
import { expect, test } from '@playwright/test';
import { bundled } from './content.ts';

/** Any decision will do, as long as it has a UN symbol to be reached by and a year to be listed under. */
const example = bundled.decisions.find((entry) => entry.data.symbols.length > 0 && entry.data.adopted)!;

const PAGE_TYPES = [
  '/',
  '/en/',
  '/kk/decisions/',
  `/ru/decisions/${example.id}/`,
  `/en/decisions/year/${example.data.adopted!.slice(0, 4)}/`,
  '/en/committees/cat/',
  '/kk/mechanism/',
  // Every decision is against Kazakhstan: words that find some whatever the entries are, one inflected.
  '/en/search/?q=Kazakhstan&committee=CCPR',
  '/kk/search/?q=Қазақстанға',
  '/ru/follow-up/',
  '/en/statistics/',
  '/en/data/',
  '/en/meetings/',
  '/en/editors/',
  `/symbol/${example.data.symbols[0]}/`,
  '/no-such-page/',
];

test('no page type requests another host or breaks its Content-Security-Policy', async ({ page, baseURL }) => {
  // Sixteen pages, each waited on until the network is idle.
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const offsite: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offsite.push(`${page.url()} → ${url}`);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of PAGE_TYPES) {
    const response = await page.goto(path);
    expect(response, path).not.toBeNull();
    await page.waitForLoadState('networkidle');
    if (path.includes('/search/')) await expect(page.locator('.results li').first()).toBeVisible();
  }
  expect(offsite).toEqual([]);
  expect(violations).toEqual([]);
});

test("pages and Pagefind's worker carry the policy, and every file the short security headers", async ({ request }) => {
  const response = await request.get('/en/');
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  const html = await response.text();
  expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/);

  // Pagefind's workers run under their own response's policy; the files a page loads need only the short headers.
  for (const path of ['/pagefind/en/pagefind-worker.js', '/pagefind/kk/pagefind-worker.js']) {
    const worker = await request.get(path);
    expect(worker.status(), path).toBe(200);
    expect(worker.headers()['content-security-policy'], path).toBe(headers['content-security-policy']);
  }
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
  for (const path of [stylesheet, '/pagefind/en/pagefind.js', '/data/decisions.json']) {
    const asset = await request.get(path);
    expect(asset.status(), path).toBe(200);
    expect(asset.headers()['content-security-policy'], path).toBeUndefined();
    expect(asset.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

test('files named by their content are kept a year, and the others are asked for again and answered 304', async ({ request }) => {
  const html = await (await request.get('/en/')).text();
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
  const entry = (await (await request.get('/pagefind/en/pagefind-entry.json')).json()) as {
    languages: Record<string, { hash: string }>;
  };
  for (const path of [stylesheet, `/pagefind/en/pagefind.${entry.languages.en!.hash}.pf_meta`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['/en/', '/pagefind/en/pagefind.js', '/pagefind/en/pagefind-worker.js', '/pagefind/en/wasm.en.pagefind']) {
    const response = await request.get(path);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    const again = await request.get(path, { headers: { 'if-none-match': response.headers()['etag']! } });
    expect(again.status(), path).toBe(304);
  }
  // A missing file is not kept, though its folder's files are.
  const missing = await request.get('/_astro/missing.AbCd1234.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBeUndefined();
});
