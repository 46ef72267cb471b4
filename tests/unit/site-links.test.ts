import { describe, expect, it } from 'vitest';
import { checkModuleImports, checkSite, fileOf, scanPage, staticImports, urlPathOf } from '../../scripts/lib/site-links.ts';

const options = { base: '/', origin: 'https://portal.example.org' };

/** A site of a few pages, each given as its body. */
function site(pages: Record<string, string>, otherFiles: string[] = []) {
  const html = new Map(
    Object.entries(pages).map(([file, body]) => [file, `<!doctype html>\n<html><body>\n${body}\n</body></html>`]),
  );
  return checkSite(html, new Set([...html.keys(), ...otherFiles]), options);
}

describe('links of the built site', () => {
  it('resolves a folder link to its index page and a resource to its file', () => {
    const report = site(
      {
        'index.html': '<a href="/en/decisions/">Decisions</a><script type="module" src="/_astro/list.js"></script>',
        'en/decisions/index.html': '<a href="../../">Home</a><img src="/pagefind/logo.svg" alt="">',
      },
      ['_astro/list.js', 'pagefind/logo.svg'],
    );
    expect(report.problems).toEqual([]);
    expect(report.links).toBe(4);
  });

  it('names the file, line and element of a broken link', () => {
    expect(site({ 'en/index.html': '<p>See</p>\n<a href="/en/decisons/">decisions</a>' }).problems).toEqual([
      {
        file: 'en/index.html',
        line: 4,
        what: 'broken link: nothing in the site at /en/decisons/',
        where: '<a href="/en/decisons/">',
      },
    ]);
  });

  it('names a fragment that no element of the target page has, on the same page or another', () => {
    const report = site({
      'en/index.html': '<a href="#main">Skip</a><main id="main"><a href="/en/mechanism/#steps">Steps</a></main>',
      'en/mechanism/index.html': '<h2 id="step">Steps</h2>',
    });
    expect(report.anchors).toBe(2);
    expect(report.problems.map((problem) => problem.what)).toEqual([
      'broken anchor: en/mechanism/index.html has no element with id "steps"',
    ]);
  });

  it('reports an http link and counts https links by host', () => {
    const report = site({
      'en/index.html':
        '<a href="http://www.ohchr.org/en/treaty-bodies">OHCHR</a> <a href="https://ccprcentre.org/decision/1">CCPR Centre</a>',
    });
    expect(report.problems.map((problem) => problem.what)).toEqual([
      'insecure link http://www.ohchr.org/en/treaty-bodies: write https:// instead of http://',
    ]);
    expect(report.hosts).toEqual([['ccprcentre.org', 1]]);
  });

  it('reports an official UN document linked on another host, by the symbol in its text', () => {
    const report = site({
      'en/index.html':
        '<a href="https://docsbay.net/cat-c-48-d-444-2010">Official document <span>CAT/C/48/D/444/2010</span></a>' +
        '<a href="https://tbinternet.ohchr.org/Download.aspx?symbolno=CAT%2FC%2F48%2FD%2F444%2F2010">Official document</a>' +
        '<a href="https://docsbay.net/question">docsbay.net</a>',
    });
    expect(report.problems.map((problem) => problem.what)).toEqual([
      'official UN document linked on docsbay.net: link it on tbinternet.ohchr.org, docstore.ohchr.org, juris.ohchr.org, www.ohchr.org, undocs.org, digitallibrary.un.org',
    ]);
  });

  it('reports a malformed address', () => {
    expect(
      site({ 'en/index.html': '<a href="https://exa mple.org/">x</a><a href="https://docstore">y</a>' }).problems.map(
        (problem) => problem.what,
      ),
    ).toEqual([
      'malformed address "https://exa mple.org/": it contains a space',
      'malformed address "https://docstore": "docstore" is not a domain',
    ]);
  });

  it('ignores the query string and checks the fragment after it', () => {
    const report = site({
      'en/index.html': '<form action="/en/search/"></form><a href="/en/search/?q=2015&amp;sort=newest#results">Search</a>',
      'en/search/index.html': '<div id="results"></div>',
    });
    expect(report.problems).toEqual([]);
    expect(report.anchors).toBe(1);
  });

  it('treats links to the site’s own public address as internal', () => {
    expect(
      site({ 'en/index.html': '<link rel="canonical" href="https://portal.example.org/en/about/">' }).problems.map(
        (problem) => problem.what,
      ),
    ).toEqual(['broken link: nothing in the site at /en/about/']);
  });
});

describe('reading a page', () => {
  it('collects srcset addresses, ids and the names of anchors, with entities decoded', () => {
    const scan = scanPage('<img srcset="/a.png 1x, /b.png 2x" id="figure"><a name="old">x</a><a href="/s/?a=1&amp;b=2">s</a>');
    expect(scan.references.map((reference) => reference.url)).toEqual(['/a.png', '/b.png', '/s/?a=1&b=2']);
    expect([...scan.anchors]).toEqual(['figure', 'old']);
  });

  it('maps built files to addresses and back', () => {
    expect(urlPathOf('en/decisions/index.html')).toBe('/en/decisions/');
    expect(urlPathOf('index.html', '/portal/')).toBe('/portal/');
    expect(urlPathOf('404.html')).toBe('/404.html');
    const files = new Set(['en/decisions/index.html', 'pagefind/pagefind.js']);
    expect(fileOf('/en/decisions/', files)).toBe('en/decisions/index.html');
    expect(fileOf('/en/decisions', files)).toBe('en/decisions/index.html');
    expect(fileOf('/pagefind/pagefind.js', files)).toBe('pagefind/pagefind.js');
    expect(fileOf('/en/', files)).toBeNull();
  });
});

describe('the imports of the scripts a page runs', () => {
  const page = (head: string) =>
    `<!doctype html>\n<html><head>${head}</head><body>\n<script type="module" src="/_astro/page.js"></script>\n</body></html>`;
  /** Checks one page, whose script is `/_astro/page.js`; `scripts` gives the text of each file under `_astro/`. */
  const check = (head: string, scripts: Record<string, string>) =>
    checkModuleImports(
      new Map([['en/search/index.html', page(head)]]),
      new Set(['en/search/index.html', ...Object.keys(scripts).map((name) => `_astro/${name}`)]),
      options,
      (file) => scripts[file.replace('_astro/', '')] ?? '',
    );
  const needs = (module: string) => ({
    file: 'en/search/index.html',
    line: 3,
    what: expect.stringContaining(
      `the script needs ${module}, which the browser asks for only once the module importing it has arrived`,
    ),
    where: '<script src="/_astro/page.js">',
  });

  it('finds the static imports of minified code, and not the imports it makes when asked', () => {
    expect(
      staticImports(
        'import{a as b}from"./format.js";import"./style.js";import c from"./c.js";import*as d from"../d.js";export{e}from"./e.js";const f=import("/pagefind/pagefind.js");const g=important;',
      ),
    ).toEqual(['./format.js', './style.js', './c.js', '../d.js', './e.js']);
    expect(staticImports('const a=1;export{a as b};')).toEqual([]);
  });

  it('names the page, the line and the script of each module it needs that the page does not fetch ahead, however deep', () => {
    const scripts = {
      'page.js': 'import{t}from"./table.js";t();',
      'table.js': 'import{n}from"./format.js";export const t=n;',
      'format.js': '',
    };
    expect(check('', scripts)).toEqual([needs('/_astro/table.js'), needs('/_astro/format.js')]);
    expect(check('<link rel="modulepreload" href="/_astro/table.js">', scripts)).toEqual([needs('/_astro/format.js')]);
  });

  it('accepts a script that imports nothing, or whose imports the page fetches ahead', () => {
    expect(check('', { 'page.js': 'document.title="x";import("/pagefind/pagefind.js");' })).toEqual([]);
    expect(
      check('<link rel="modulepreload" href="/_astro/format.js">', {
        'page.js': 'import{n}from"./format.js";n();',
        'format.js': '',
      }),
    ).toEqual([]);
  });
});
