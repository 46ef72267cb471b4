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
 * Files named by a hash of their content (Astro's `_astro/` folder, and
 * Pagefind's word chunks, page texts, filters and page lists, which Pagefind's
 * documentation says can always be cached) are sent with
 * `Cache-Control: public, max-age=31536000, immutable`: a new version of one
 * gets a new name, so a browser may keep it a year without asking again.
 * Every other file is asked for again each time: Netlify and Cloudflare
 * Pages do so by default, and the nginx file says `no-cache`, where nginx
 * would otherwise let a browser guess how long to keep it. `npm run
 * test:site` checks that every file given the long rule has such a name.
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
  /** The folders of pages with a policy of their own, and their headers. */
  ownPolicies: HeaderRule[];
  /** The files named by their content, kept a year (`Cache-Control`). */
  files: HeaderRule[];
};

/** What a file named by a hash of its content is sent with: a new version has a new name. */
export const KEEP_A_YEAR = 'public, max-age=31536000, immutable';

/** Where the site is served from, the folders under it that hold pages, and the languages of the search index. */
export type SiteLayout = { base: string; pageFolders: readonly string[]; searchLanguages: readonly string[] };

/** Every rule, in the order `_headers` lists them. */
export function ruleList(rules: HeaderRules): HeaderRule[] {
  return [rules.everywhere, ...rules.pages, ...rules.ownPolicies, ...rules.files];
}

/** The paths of pages, and of what runs under its own policy, under `base` (which ends with `/`). */
function pagePaths({ base, pageFolders, searchLanguages }: SiteLayout): string[] {
  return [
    base,
    `${base}index.html`,
    `${base}404.html`,
    // Opened on its own, an SVG file is a document.
    `${base}favicon.svg`,
    ...pageFolders.map((folder) => `${base}${folder}/*`),
    ...searchLanguages.map((language) => `${base}pagefind/${language}/pagefind-worker.js`),
  ];
}

/**
 * The files named by a hash of their content: all of Astro's `_astro/` folder
 * (Vite's `name.<hash>.ext`), and in each language's Pagefind bundle its
 * word chunks, page texts and filters (in their folders) and its page list
 * (`pagefind.en_<hash>.pf_meta`). `npm run test:site` checks the names of the
 * built files.
 */
function contentNamedPaths({ base, searchLanguages }: SiteLayout): string[] {
  return [
    `${base}_astro/*`,
    ...searchLanguages.flatMap((language) => {
      const folder = `${base}pagefind/${language}/`;
      return [`${folder}index/*`, `${folder}fragment/*`, `${folder}filter/*`, `${folder}pagefind.${language}_*`];
    }),
  ];
}

/**
 * Whether a built file (its path in the site) has a name made from its
 * content, as Vite (`global.BsV0DgzK.css`) and Pagefind 1
 * (`pagefind/en/index/en_1a2b3c4.pf_index`, `pagefind/en/pagefind.en_6487c0d314.pf_meta`) write them.
 */
export function namedByContent(file: string): boolean {
  return (
    /^_astro\/(?:[^/]+\/)*[^/]+\.[\w-]{8}\.\w+$/.test(file) ||
    /^pagefind\/([a-z]+(?:-[a-z\d]+)*)\/(index|fragment|filter)\/\1_[\da-f]{7,}\.pf_\2$/.test(file) ||
    /^pagefind\/([a-z]+(?:-[a-z\d]+)*)\/pagefind\.\1_[\da-f]{10,}\.pf_meta$/.test(file)
  );
}

/**
 * The hash of the empty string, which Astro puts in `style-src` for every stylesheet a page links
 * (docs/upstream/astro-csp-empty-style-hash.md). It allows no style the pages need, so the
 * headers leave it out; a browser applies both policies, so where they are sent it allows nothing.
 */
export const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** Whether the headers leave out a source of a page's policy: only the empty string's hash in a style directive. */
export const leftOutOfHeaders = (directive: string, source: string): boolean =>
  directive.startsWith('style-src') && source === EMPTY_STYLE_HASH;

/** The policy the <head>s of pages carry between them: the directives of each, their sources joined. Null when none carries one. */
function policyOf(heads: Iterable<string>): string | null {
  const directives = new Map<string, Set<string>>();
  for (const head of heads) {
    for (const [name, sources] of pagePolicy(head) ?? []) {
      const set = directives.get(name) ?? new Set<string>();
      for (const source of sources) if (!leftOutOfHeaders(name, source)) set.add(source);
      directives.set(name, set);
    }
  }
  if (directives.size === 0) return null;
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const PERMISSIONS = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/**
 * A folder of pages with a policy of its own, unlike the site's (the browser editor, `admin`),
 * and the <head> of one of its pages.
 */
export type OwnPolicy = { folder: string; head: string };

/**
 * The rules, from the <head> of pages that between them carry every policy of
 * the site: the directives are the same on every page, the hashes are their
 * union. Null when no page carries a policy. The folders of `ownPolicies` get
 * the policy of their own page instead, and may open windows that keep their
 * link to them (the editor's sign-in with GitHub).
 */
export function headerRules(
  heads: Iterable<string>,
  layout: SiteLayout,
  ownPolicies: readonly OwnPolicy[] = [],
): HeaderRules | null {
  const policy = policyOf(heads);
  if (policy === null) return null;

  const everywhere: HeaderRule['headers'] = [
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
  ];
  const pagesOnly: HeaderRule['headers'] = [
    ['Content-Security-Policy', policy],
    ['Permissions-Policy', PERMISSIONS],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
  const own = ownPolicies.map(({ folder, head }) => ({
    path: `${layout.base}${folder}/*`,
    headers: [
      ['Content-Security-Policy', policyOf([head]) ?? policy],
      ['Permissions-Policy', PERMISSIONS],
      ['Cross-Origin-Opener-Policy', 'same-origin-allow-popups'],
    ] as HeaderRule['headers'],
  }));
  return {
    everywhere: { path: `${layout.base}*`, headers: everywhere },
    pages: pagePaths(layout).map((path) => ({ path, headers: pagesOnly })),
    ownPolicies: own,
    files: contentNamedPaths(layout).map((path) => ({ path, headers: [['Cache-Control', KEEP_A_YEAR]] })),
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
  const { everywhere, pages, ownPolicies, files } = rules;
  const pagesOnly = pages[0]?.headers ?? [];
  const block = (rule: HeaderRule) => `${rule.path}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  const headersFile = [
    '# Every response',
    block(everywhere),
    "# Pages, and Pagefind's workers (they run under their own response's policy); not the stylesheets, scripts and search files",
    ...pages.map(block),
    ...(ownPolicies.length ? ['# Pages with a policy of their own (the browser editor)', ...ownPolicies.map(block)] : []),
    '# Files named by their content, kept a year',
    ...files.map(block),
  ].join('\n');

  // nginx sends no header whose value is empty: the variables are set only where the header goes.
  const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  const variable = (name: string) => `$portal_${name.toLowerCase().replace(/-/g, '_')}`;
  const nginxFile = [
    '# Headers for the portal; include this file in the server block that serves dist/.',
    '# Every response:',
    ...everywhere.headers.map(([name, value]) => `add_header ${name} ${quoted(value)} always;`),
    "# Pages, and Pagefind's workers (they run under their own response's policy); not the stylesheets, scripts and search files.",
    ...pagesOnly.map(([name]) => `set ${variable(name)} "";`),
    `if ($uri ~ ${quoted(nginxPattern(pages))}) {`,
    ...pagesOnly.map(([name, value]) => `    set ${variable(name)} ${quoted(value)};`),
    '}',
    ...ownPolicies.flatMap((rule) => [
      `if ($uri ~ ${quoted(nginxPattern([rule]))}) {`,
      ...rule.headers.map(([name, value]) => `    set ${variable(name)} ${quoted(value)};`),
      '}',
    ]),
    ...pagesOnly.map(([name]) => `add_header ${name} ${variable(name)} always;`),
    '# Files named by a hash of their content: a new version has a new name, so a browser may keep one a year.',
    "# The others are asked for again each time, as Netlify and Cloudflare Pages do by default (nginx's own ETag answers).",
    'set $portal_cache_control "no-cache";',
    `if ($uri ~ ${quoted(nginxPattern(files))}) {`,
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
