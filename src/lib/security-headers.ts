/**
 * The headers for static hosts, with the same Content-Security-Policy as the
 * pages' <meta> tags (script and style hashes included) plus what only a
 * header can say (frame-ancestors):
 *   _headers                      Netlify, Cloudflare Pages
 *   nginx-security-headers.conf   `include` it in an nginx server block
 *
 * Every response gets the short headers. The policy, the permissions and the
 * opener policy go only where a browser reads them: the pages (the language
 * folders, the redirects and the few files at the root) and Pagefind's
 * worker, which runs under the policy of its own response. The stylesheets,
 * scripts and search files are sent without them: a first search makes 20 or
 * more requests, and on HTTP/1.1 the policy alone was about 1 KB of each.
 * No path is given the same header by two rules, so
 * that Netlify (where the last rule wins) and Cloudflare (where the values
 * are joined) send the same headers.
 *
 * Files named by a hash of their content (Astro's `_astro/` folder,
 * Pagefind's word chunks, page texts, filters, page lists and WebAssembly,
 * and the search pages' copies of its script and worker)
 * are sent with `Cache-Control: public, max-age=31536000, immutable`: a new
 * version of one gets a new name, so a browser may keep it a year without
 * asking again. A reader on a slow connection then opens a second page
 * without waiting a round trip for the stylesheet, and searches again
 * without asking for Pagefind's scripts or fetching the page list again.
 * Every other file is asked for again each time: Netlify and Cloudflare
 * Pages do so by default, and the nginx file says `no-cache`, where nginx
 * would otherwise let a browser guess how long to keep it. `npm run test:site` checks that every file given the long
 * rule has such a name.
 *
 * Pagefind's index files are gzip streams, which its script inflates in
 * JavaScript unless the browser has done so already (it then finds Pagefind's
 * mark, `pagefind_dcd`, at the start). They are sent with `Content-Encoding:
 * gzip`, so that the browser inflates the same bytes natively, off the
 * worker's thread: at 10,000 decisions a first search showed its results
 * 19 to 48 ms sooner. A host that drops the header
 * serves the files as before, and Pagefind inflates them itself.
 */

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

/** A policy as written in a <meta> or a header: directive name → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    directives.set(name!, sources);
  }
  return directives;
}

/** A page's policy from its <meta>; null when it has none. */
export function pagePolicy(html: string): Map<string, string[]> | null {
  const meta = META.exec(html);
  return meta ? parsePolicy(meta[1]!) : null;
}

/** A rule of `_headers`: a path, exact or ending in `*` for everything under it, and its headers. */
export type HeaderRule = { path: string; headers: [name: string, value: string][] };

/** The rules the build writes. */
export type HeaderRules = {
  /** The short headers, for every response. */
  everywhere: HeaderRule;
  /** The policy and the headers that go with it, one rule for each place of pages. */
  pages: HeaderRule[];
  /** The files named by their content, kept a year (`Cache-Control`), and Pagefind's compressed files (`Content-Encoding: gzip`). */
  files: HeaderRule[];
};

/** What a file named by a hash of its content is sent with: a new version has a new name. */
export const KEEP_A_YEAR = 'public, max-age=31536000, immutable';

/** Where the site is served from, the folders under it that hold pages, and the languages of the search index. */
export type SiteLayout = { base: string; pageFolders: readonly string[]; searchLanguages: readonly string[] };

/** Every rule, in the order `_headers` lists them. */
export function ruleList(rules: HeaderRules): HeaderRule[] {
  return [rules.everywhere, ...rules.pages, ...rules.files];
}

/** The paths of pages, and of what runs under its own policy, under `base` (which ends with `/`). */
function pagePaths({ base, pageFolders }: SiteLayout): string[] {
  return [
    base,
    `${base}index.html`,
    `${base}404.html`,
    // Opened on its own, an SVG file is a document.
    `${base}favicon.svg`,
    ...pageFolders.map((folder) => `${base}${folder}/*`),
    `${base}pagefind/pagefind-worker.js`,
    `${base}pagefind/pagefind-worker_*`,
  ];
}

/**
 * Pagefind's compressed files, by the names Pagefind 1 gives them: the word
 * chunks, the page texts and the filters in their folders, and beside its
 * scripts each language's page list (`pagefind.en_<hash>.pf_meta`) and
 * WebAssembly (`wasm.en.pagefind`). `npm run test:site` checks that these
 * are exactly the compressed files of the built index.
 */
function gzippedPaths({ base, searchLanguages }: SiteLayout): string[] {
  const folder = `${base}pagefind/`;
  return [
    `${folder}index/*`,
    `${folder}fragment/*`,
    `${folder}filter/*`,
    ...searchLanguages.map((language) => `${folder}pagefind.${language}_*`),
    `${folder}wasm.*`,
  ];
}

/**
 * The files named by a hash of their content: all of Astro's `_astro/` folder
 * (Vite's `name.<hash>.ext`), Pagefind's compressed files, and the copies of
 * Pagefind's script, worker and entry file that the search pages load (the
 * build names the WebAssembly and these copies by their content,
 * scripts/build-search-index.ts). `npm run test:site` checks the names of the
 * built files.
 */
function contentNamedPaths(layout: SiteLayout): string[] {
  const folder = `${layout.base}pagefind/`;
  return [
    `${layout.base}_astro/*`,
    ...gzippedPaths(layout),
    `${folder}pagefind_*`,
    `${folder}pagefind-worker_*`,
    `${folder}pagefind-entry_*`,
  ];
}

/**
 * Whether a built file (its path in the site) has a name made from its
 * content, as Vite (`global.BsV0DgzK.css`), Pagefind 1
 * (`index/en_1a2b3c4.pf_index`, `pagefind.en_6487c0d314.pf_meta`) and the
 * build (`wasm.en_ccf429efc1.pagefind`, `pagefind_5c1e0a9b2d.js`,
 * `pagefind-worker_0b7d3e6f1a.js`, `pagefind-entry_3f9a1c0d2e.json`) write them.
 */
export function namedByContent(file: string): boolean {
  return (
    /^_astro\/(?:[^/]+\/)*[^/]+\.[\w-]{8}\.\w+$/.test(file) ||
    /^pagefind\/(index|fragment|filter)\/[a-z]+(?:-[a-z\d]+)*_[\da-f]{7,}\.pf_\1$/.test(file) ||
    /^pagefind\/pagefind\.[a-z]+(?:-[a-z\d]+)*_[\da-f]{10,}\.pf_meta$/.test(file) ||
    /^pagefind\/wasm\.[a-z]+(?:-[a-z\d]+)*_[\da-f]{10}\.pagefind$/.test(file) ||
    /^pagefind\/pagefind(?:-worker)?_[\da-f]{10}\.js$/.test(file) ||
    /^pagefind\/pagefind-entry_[\da-f]{10}\.json$/.test(file)
  );
}

/**
 * The rules, from the <head> of pages that between them carry every policy of
 * the site: the directives are the same on every page, the hashes are their
 * union. Null when no page carries a policy.
 */
export function headerRules(heads: Iterable<string>, layout: SiteLayout): HeaderRules | null {
  const directives = new Map<string, Set<string>>();
  for (const head of heads) {
    for (const [name, sources] of pagePolicy(head) ?? []) {
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name, set);
    }
  }
  if (directives.size === 0) return null;
  directives.set('frame-ancestors', new Set(["'none'"]));
  const policy = [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

  const everywhere: HeaderRule['headers'] = [
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ];
  const pagesOnly: HeaderRule['headers'] = [
    ['Content-Security-Policy', policy],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  const contentNamed = contentNamedPaths(layout);
  const gzipped = gzippedPaths(layout);
  return {
    everywhere: { path: `${layout.base}*`, headers: everywhere },
    pages: pagePaths(layout).map((path) => ({ path, headers: pagesOnly })),
    // Pagefind's compressed files are all named by their content: one rule each, with both headers.
    files: contentNamed.map((path) => ({
      path,
      headers: [
        ['Cache-Control', KEEP_A_YEAR],
        ...(gzipped.includes(path) ? [['Content-Encoding', 'gzip'] as [string, string]] : []),
      ],
    })),
  };
}

/** The headers the rules give a request for `path`: those of every rule that matches, values of one name joined. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

/** Reads `_headers` as the static hosts do: a path on its own line, its headers indented below it; `#` comments. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const separator = line.indexOf(':');
      if (separator > 0) rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The nginx regular expression of the rules' paths, each exact or, ending in `*`, with everything under it. */
function nginxPattern(rules: readonly HeaderRule[]): string {
  return `^(${rules.map((rule) => escapeRegExp(rule.path).replace(/\\\*$/, '.*')).join('|')})$`;
}

/** File name → content of the header files for the hosts, from the rules. */
export function headerFiles(rules: HeaderRules): Map<string, string> {
  const { everywhere, pages, files } = rules;
  const withHeader = (name: string) => files.filter((rule) => rule.headers.some(([header]) => header === name));
  const pagesOnly = pages[0]?.headers ?? [];
  const block = (rule: HeaderRule) => `${rule.path}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  const headersFile = [
    '# Every response',
    block(everywhere),
    "# Pages, and Pagefind's worker (it runs under its own response's policy); not the stylesheets, scripts and search files",
    ...pages.map(block),
    "# Files named by their content, kept a year; Pagefind's compressed files, inflated by the browser rather than by Pagefind's script",
    ...files.map(block),
  ].join('\n');

  // nginx sends no header whose value is empty: the variables are set only where the header goes.
  const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const variable = (name: string) => `$portal_${name.toLowerCase().replace(/-/g, '_')}`;
  const nginxFile = [
    '# Headers for the portal; include this file in the server block that serves dist/.',
    '# Every response:',
    ...everywhere.headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    "# Pages, and Pagefind's worker (it runs under its own response's policy); not the stylesheets, scripts and search files.",
    ...pagesOnly.map(([name]) => `set ${variable(name)} "";`),
    `if ($uri ~ ${quoted(nginxPattern(pages))}) {`,
    ...pagesOnly.map(([name, value]) => `    set ${variable(name)} ${quoted(value)};`),
    '}',
    ...pagesOnly.map(([name]) => `add_header ${name} ${variable(name)} always;`),
    "# Pagefind's compressed files, inflated by the browser rather than by Pagefind's script, for browsers that accept gzip.",
    '# Leave application/octet-stream out of gzip_types: these files are compressed already.',
    'set $portal_search_encoding "";',
    'set $portal_search_vary "";',
    `if ($uri ~ ${quoted(nginxPattern(withHeader('Content-Encoding')))}) {`,
    '    set $portal_search_encoding "gzip";',
    '    set $portal_search_vary "Accept-Encoding";',
    '}',
    'if ($http_accept_encoding !~* "gzip") {',
    '    set $portal_search_encoding "";',
    '}',
    'add_header Content-Encoding $portal_search_encoding;',
    'add_header Vary $portal_search_vary;',
    '# Files named by a hash of their content: a new version has a new name, so a browser may keep one a year.',
    "# The others are asked for again each time, as Netlify and Cloudflare Pages do by default (nginx's own ETag answers).",
    'set $portal_cache_control "no-cache";',
    `if ($uri ~ ${quoted(nginxPattern(withHeader('Cache-Control')))}) {`,
    `    set $portal_cache_control ${quoted(KEEP_A_YEAR)};`,
    '}',
    'add_header Cache-Control $portal_cache_control;',
    '',
  ].join('\n');
  return new Map([
    ['_headers', headersFile],
    ['nginx-security-headers.conf', nginxFile],
  ]);
}
