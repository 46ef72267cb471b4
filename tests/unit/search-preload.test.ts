/**
 * The search page's preloads of its language's page list and WebAssembly,
 * added by the search-index step once Pagefind has named them, and the name of
 * Pagefind's script that the page loads (scripts/lib/search-preload.ts).
 */
import { describe, expect, it } from 'vitest';
import { SearchPreloadError, withSearchPreloads } from '../../scripts/lib/search-preload.ts';

const page = (bundle: string) =>
  `<head>\n<link rel="modulepreload" href="${bundle}" data-search-files>\n<meta http-equiv="content-security-policy" content="default-src 'self'">\n</head>` +
  `<body><form data-search-form data-bundle="${bundle}"></form></body>`;
const files = { hash: 'ru_4db00873f5', wasm: 'ru_ceecce9df7' };

describe("the search page's preloads", () => {
  it('come right after the link to Pagefind’s script, from its folder', () => {
    expect(withSearchPreloads(page('/portal/pagefind/pagefind.js'), files)).toBe(
      '<head>\n<link rel="modulepreload" href="/portal/pagefind/pagefind.js" data-search-files>' +
        '<link rel="preload" href="/portal/pagefind/pagefind.ru_4db00873f5.pf_meta" as="fetch" crossorigin data-search-preload>' +
        '<link rel="preload" href="/portal/pagefind/wasm.ru_ceecce9df7.pagefind" as="fetch" crossorigin data-search-preload>' +
        `\n<meta http-equiv="content-security-policy" content="default-src 'self'">\n</head>` +
        '<body><form data-search-form data-bundle="/portal/pagefind/pagefind.js"></form></body>',
    );
  });

  it('have the link and the search form name Pagefind’s script by the name the step gave it', () => {
    const named = withSearchPreloads(page('/portal/pagefind/pagefind.js'), files, 'pagefind_5c1e0a9b2d.js');
    expect(named).toContain('<link rel="modulepreload" href="/portal/pagefind/pagefind_5c1e0a9b2d.js" data-search-files>');
    expect(named).toContain('data-bundle="/portal/pagefind/pagefind_5c1e0a9b2d.js"');
    expect(named).not.toContain('pagefind.js');
    // Run again, as on a kept page, with the script changed: named anew, and the preloads not doubled.
    const again = withSearchPreloads(named, files, 'pagefind_0000000000.js');
    expect(again).toBe(named.replaceAll('pagefind_5c1e0a9b2d.js', 'pagefind_0000000000.js'));
  });

  it('have the search form give the hash of the entry file’s copy, once, when the step named one', () => {
    const named = withSearchPreloads(page('/pagefind/pagefind.js'), files, 'pagefind_5c1e0a9b2d.js', '3f9a1c0d2e');
    expect(named).toContain(
      '<form data-search-form data-bundle="/pagefind/pagefind_5c1e0a9b2d.js" data-search-entry="3f9a1c0d2e">',
    );
    // Run again with a new index: the hash is replaced, not added to.
    const again = withSearchPreloads(named, files, 'pagefind_5c1e0a9b2d.js', '0000000000');
    expect(again).toBe(named.replace('3f9a1c0d2e', '0000000000'));
    // Without a copy, as with Pagefind's own names, the form gives none, and Pagefind adds the time as before.
    expect(withSearchPreloads(named, files)).not.toContain('data-search-entry');
  });

  it('name Pagefind’s `unknown` WebAssembly for a language it has no stemmer for', () => {
    expect(withSearchPreloads(page('/pagefind/pagefind.js'), { hash: 'kk_697aca6d29', wasm: null })).toContain(
      'href="/pagefind/wasm.unknown.pagefind"',
    );
  });

  it('replace those of an earlier run rather than adding more', () => {
    const once = withSearchPreloads(page('/pagefind/pagefind.js'), files);
    const again = withSearchPreloads(once, { hash: 'ru_0000000000', wasm: 'ru_1111111111' });
    expect(again.match(/rel="preload"/g)).toHaveLength(2);
    expect(again).toContain('pagefind.ru_0000000000.pf_meta');
    expect(again).not.toContain('ru_4db00873f5');
    expect(withSearchPreloads(once, files)).toBe(once);
  });

  it('are refused, with what to keep, when the page has no marked link to Pagefind’s script', () => {
    expect(() => withSearchPreloads('<head><link rel="modulepreload" href="/pagefind/pagefind.js"></head>', files)).toThrow(
      SearchPreloadError,
    );
    expect(() => withSearchPreloads('<head></head>', files)).toThrow(/keep it in src\/pages\/\[lang\]\/search\.astro/);
    expect(() => withSearchPreloads('<head><link rel="modulepreload" href="/x.js" data-search-files></head>', files)).toThrow(
      /does not name Pagefind's script/,
    );
  });

  it('are refused, with what to keep, when the search form does not load Pagefind’s script from the same folder', () => {
    const link = '<head><link rel="modulepreload" href="/pagefind/pagefind.js" data-search-files></head>';
    expect(() => withSearchPreloads(`${link}<form data-search-form></form>`, files)).toThrow(
      /search form's data-bundle does not name Pagefind's script \(\/pagefind\/pagefind\.js\)/,
    );
    expect(() => withSearchPreloads(`${link}<form data-bundle="/other/pagefind.js"></form>`, files)).toThrow(SearchPreloadError);
  });
});
