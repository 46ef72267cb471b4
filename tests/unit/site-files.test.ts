/**
 * What `astro build` writes beside the pages: the sitemap (@astrojs/sitemap,
 * with the options of src/lib/sitemap.ts), and the headers for hosts
 * (src/integrations/header-files.ts): the policies of the pages' <meta>, and
 * which files browsers may keep.
 */
import { describe, expect, it } from 'vitest';
import {
  headerFiles,
  EMPTY_STYLE_HASH,
  headerRules,
  headersFor,
  KEEP_A_YEAR,
  namedByContent,
  parseHeaderRules,
  parsePolicy,
  ruleList,
} from '../../src/lib/security-headers.ts';
import { sitemapOptions } from '../../src/lib/sitemap.ts';

describe('the sitemap', () => {
  const root = 'https://example.org/portal/';
  const { filter, serialize } = sitemapOptions(root);
  const url = (path: string) => `${root}${path}`;

  it("lists the root and the pages of each language, not the redirects, downloads, feeds or the editors' report", () => {
    const listed = [
      '',
      'en/',
      'kk/decisions/cat-444-2010/',
      'en/editors/',
      'symbol/CAT/C/48/D/444/2010/',
      'communication/cat/444-2010/',
      'data/decisions/cat-444-2010.json',
      'en/feeds/decisions.xml',
    ].filter((path) => filter!(url(path)));
    expect(listed).toEqual(['', 'en/', 'kk/decisions/cat-444-2010/']);
  });

  it('gives each page its alternates with x-default, the Kazakh page, as the pages declare it', async () => {
    const links = async (path: string) => (await serialize!({ url: url(path) }))?.links;
    expect(await links('en/decisions/cat-444-2010/')).toEqual([
      ...['kk', 'ru', 'en'].map((lang) => ({ lang, url: url(`${lang}/decisions/cat-444-2010/`) })),
      { lang: 'x-default', url: url('kk/decisions/cat-444-2010/') },
    ]);
    expect(await links('ru/')).toContainEqual({ lang: 'x-default', url: url('kk/') });
    // The root offers the three languages; it is no language's version of a page.
    expect(await links('')).toBeUndefined();
  });
});

describe('the security headers', () => {
  const meta = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;
  const layout = { base: '/', pageFolders: ['en', 'kk', 'ru', 'symbol', 'communication'], searchLanguages: ['kk', 'ru', 'en'] };
  const heads = [
    meta("default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self'"),
    meta(`default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self' 'sha256-c' ${EMPTY_STYLE_HASH}`),
    '<head><title>No policy</title></head>',
  ];
  const rules = headerRules(heads, layout)!;
  const files = headerFiles(rules);
  const served = parseHeaderRules(files.get('_headers')!);
  const pages = [
    '/',
    '/index.html',
    '/404.html',
    '/favicon.svg',
    '/en/',
    '/kk/decisions/cat-444-2010/',
    '/ru/feeds/decisions.xml',
  ];
  const redirects = ['/symbol/CAT/C/48/D/444/2010/', '/communication/cat/444-2010/'];
  const worker = '/pagefind/en/pagefind-worker.js';
  const scriptsAndStyles = [
    '/_astro/global.css',
    '/_astro/search.js',
    '/pagefind/en/pagefind.js',
    '/pagefind/en/pagefind-entry.json',
  ];
  // Pagefind's index, as Pagefind 1.6 names its files, in the bundle of each language.
  const index = [
    '/pagefind/en/index/en_1a2b3c.pf_index',
    '/pagefind/en/fragment/en_4d5e6f.pf_fragment',
    '/pagefind/ru/filter/ru_7a8b9c.pf_filter',
    '/pagefind/kk/pagefind.kk_697aca6d29.pf_meta',
  ];
  const notKept = [
    ...scriptsAndStyles.slice(2),
    worker,
    '/pagefind/en/wasm.en.pagefind',
    '/pagefind/kk/wasm.unknown.pagefind',
    '/data/decisions.json',
  ];
  const assets = [...scriptsAndStyles, ...index, '/pagefind/en/wasm.en.pagefind', '/data/decisions.json'];

  it("join the pages' hashes, but not the empty string's that Astro adds for a linked stylesheet, and forbid framing", () => {
    const policy = headersFor(served, '/en/')['Content-Security-Policy']!;
    expect(parsePolicy(policy)).toEqual(
      new Map([
        ['default-src', ["'self'"]],
        ['script-src', ["'self'", "'sha256-a'", "'sha256-b'"]],
        ['style-src', ["'self'", "'sha256-c'"]],
        ['frame-ancestors', ["'none'"]],
      ]),
    );
    expect(files.get('nginx-security-headers.conf')).toContain(`set $portal_content_security_policy "${policy}";`);
  });

  it('ask for no permission and name none that browsers have dropped', () => {
    const permissions = headersFor(served, '/en/')['Permissions-Policy']!;
    expect(permissions).toContain('camera=()');
    expect(permissions).not.toContain('interest-cohort');
  });

  it("go with every page and Pagefind's workers, and the short ones with every file", () => {
    expect(served).toEqual(ruleList(rules));
    for (const path of [...pages, ...redirects, worker, '/pagefind/kk/pagefind-worker.js']) {
      expect(
        Object.keys(headersFor(served, path))
          .filter((name) => name !== 'Cache-Control')
          .sort(),
        path,
      ).toEqual([
        'Content-Security-Policy',
        'Cross-Origin-Opener-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'X-Frame-Options',
      ]);
    }
    for (const path of assets) {
      expect(
        Object.keys(headersFor(served, path))
          .filter((name) => name !== 'Cache-Control')
          .sort(),
        path,
      ).toEqual(['Referrer-Policy', 'Strict-Transport-Security', 'X-Content-Type-Options', 'X-Frame-Options']);
    }
  });

  it("let browsers keep a year Astro's files and Pagefind's index, but not pages, Pagefind's scripts, its entry file or its WebAssembly", () => {
    const kept = ['/_astro/global.css', '/_astro/search.js', ...index];
    for (const path of kept) expect(headersFor(served, path)['Cache-Control'], path).toBe(KEEP_A_YEAR);
    for (const path of [...pages, ...redirects, ...notKept])
      expect(headersFor(served, path)['Cache-Control'], path).toBeUndefined();
  });

  it('tell names made from their content from the others', () => {
    for (const file of [
      '_astro/global.BsV0DgzK.css',
      '_astro/PageScript.astro_astro_type_script_index_0_lang.BlLx91-X.js',
      'pagefind/en/index/en_0142f82.pf_index',
      'pagefind/kk/fragment/kk_018e2c9a.pf_fragment',
      'pagefind/ru/filter/ru_26dc5a3.pf_filter',
      'pagefind/ru/pagefind.ru_1a29be0d0f.pf_meta',
    ])
      expect(namedByContent(file), file).toBe(true);
    for (const file of [
      '_astro/global.css',
      'pagefind/en/pagefind.js',
      'pagefind/en/pagefind-entry.json',
      'pagefind/en/pagefind-worker.js',
      'pagefind/en/wasm.en.pagefind',
      'pagefind/en/index/en.pf_index',
      'pagefind/en/index/en_0142f82.pf_fragment',
      'pagefind/en/fragment/en_ab.pf_fragment',
      'pagefind/en/index/ru_0142f82.pf_index',
      'en/index.html',
    ])
      expect(namedByContent(file), file).toBe(false);
  });

  it('give no path one header from two rules, so that every host sends the same', () => {
    for (const path of [...pages, ...redirects, worker, ...assets]) {
      const names = served.flatMap((rule) => Object.keys(headersFor([rule], path)));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('name the same paths for nginx', () => {
    const nginx = files.get('nginx-security-headers.conf')!;
    const pattern = new RegExp(/if \(\$uri ~ "(.*)"\)/.exec(nginx)![1]!.replace(/\\(["\\])/g, '$1'));
    for (const path of [...pages, ...redirects, worker]) expect(pattern.test(path), path).toBe(true);
    for (const path of assets) expect(pattern.test(path), path).toBe(false);
    const kept = new RegExp([...nginx.matchAll(/if \(\$uri ~ "(.*)"\)/g)][1]![1]!.replace(/\\(["\\])/g, '$1'));
    for (const path of ['/_astro/global.css', ...index]) expect(kept.test(path), path).toBe(true);
    for (const path of [...pages, ...redirects, ...notKept]) expect(kept.test(path), path).toBe(false);
    expect(nginx).toContain('set $portal_cache_control "no-cache";');
    expect(nginx).toContain(`set $portal_cache_control "${KEEP_A_YEAR}";`);
    expect(nginx).toContain('add_header Cache-Control $portal_cache_control;');
    expect(nginx).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(nginx).toContain('add_header Content-Security-Policy $portal_content_security_policy always;');
  });

  it('lie under the base path', () => {
    const under = ruleList(headerRules(heads, { ...layout, base: '/portal/' })!);
    expect(headersFor(under, '/portal/en/')['Content-Security-Policy']).toBeDefined();
    expect(headersFor(under, '/portal/_astro/global.css')['Content-Security-Policy']).toBeUndefined();
    expect(headersFor(under, '/portal/pagefind/en/index/en_1a2b3c.pf_index')['Cache-Control']).toBe(KEEP_A_YEAR);
    expect(headersFor(under, '/en/')).toEqual({});
    expect(headersFor(under, '/pagefind/en/index/en_1a2b3c.pf_index')).toEqual({});
  });

  it('are not written when no page carries a policy', () => {
    expect(headerRules(['<head></head>'], layout)).toBeNull();
  });
});
