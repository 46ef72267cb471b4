/**
 * Checks the built site as readers get it: every internal link and resource
 * leads to a file of the site, every #fragment to an element of its page,
 * every module a page's script imports is fetched ahead by the page (or the
 * script imports none), every external link is a well-formed https address
 * (official UN documents on the UN's own hosts), and every page is valid HTML
 * (html-validate, configured in .htmlvalidate.mjs), and `_headers` sends every
 * page a Content-Security-Policy that allows all the page's own allows and
 * gives a year's caching only to files named by their content, every page
 * meant for search lies where the search index reads
 * (src/integrations/pagefind.ts), and no page states a verdict no source
 * gives, shows a placeholder as a fact or an outcome without where it comes
 * from (scripts/lib/site-wording.ts).
 * No network: external links are checked by form only.
 *
 *   node scripts/check-site.ts [--site dist] [--base /] [--site-url https://...]
 *
 * Prints each problem with its file, line and element, then one summary line;
 * exits 1 when there is any problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import htmlValidateConfig from '../.htmlvalidate.mjs';
import { LOCALES } from '../src/i18n/index.ts';
import { isSearched } from '../src/integrations/pagefind.ts';
import {
  headersFor,
  leftOutOfHeaders,
  KEEP_A_YEAR,
  namedByContent,
  pagePolicy,
  parseHeaderRules,
  parsePolicy,
} from '../src/lib/security-headers.ts';
import { checkModuleImports, checkSite, OFFICIAL_HOSTS, urlPathOf, type Problem } from './lib/site-links.ts';
import { checkWording } from './lib/site-wording.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    site: { type: 'string', default: 'dist' },
    // The same settings, and defaults, as the build reads in astro.config.ts.
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    'site-url': { type: 'string', default: process.env.SITE_URL ?? 'http://localhost:4321' },
  },
});

const site = resolve(values.site);
if (!existsSync(join(site, 'index.html'))) {
  console.error(`No built site in ${values.site}: run npm run build first, or name the folder with --site.`);
  process.exit(1);
}

const files = new Set(
  readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/')),
);
const htmlFiles = [...files].filter((file) => file.endsWith('.html')).sort();
const pages = new Map(htmlFiles.map((file) => [file, readFileSync(join(site, file), 'utf8')]));

const display = (file: string) => relative(process.cwd(), join(site, file)) || file;
const print = (problem: Problem, column?: number) =>
  console.log(`${display(problem.file)}:${problem.line}${column ? `:${column}` : ''}  ${problem.what}  ${problem.where}`);

const links = checkSite(pages, files, { base: values.base, origin: values['site-url'] });
for (const problem of links.problems) print(problem);

// Each import of a page's script is one more round trip before the script runs.
const imports = checkModuleImports(pages, files, { base: values.base, origin: values['site-url'] }, (file) =>
  readFileSync(join(site, file), 'utf8'),
);
for (const problem of imports) print(problem);

const validator = new HtmlValidate(htmlValidateConfig);
let htmlErrors = 0;
for (const [file, html] of pages) {
  const report = await validator.validateString(html, join(site, file));
  for (const message of report.results.flatMap((result) => result.messages)) {
    htmlErrors += 1;
    print(
      { file, line: message.line, what: `${message.ruleId}: ${message.message}`, where: message.selector ?? '' },
      message.column,
    );
  }
}

// What each page says: no verdict no source gives, no placeholder, no outcome without its basis.
const wording = [...pages].flatMap(([file, html]) => checkWording(file, html));
for (const problem of wording) print(problem);

// The security headers list the hashes of one page per route (src/integrations/header-files.ts):
// a page whose own policy allows more would be blocked where the header is served. They are sent
// with the pages' folders only, so a page elsewhere would be served without them.
const headerRules = parseHeaderRules(readFileSync(join(site, '_headers'), 'utf8'));
let policyProblems = 0;
for (const [file, html] of [...pages, ...[...files].filter((name) => name.endsWith('.svg')).map((name) => [name, ''] as const)]) {
  const address = urlPathOf(file, values.base);
  const served = headersFor(headerRules, address)['Content-Security-Policy'];
  if (!served) {
    policyProblems += 1;
    print({
      file,
      line: 1,
      what: `_headers: ${address} is served without the Content-Security-Policy; add its folder to the pages' folders in src/integrations/header-files.ts`,
      where: 'document',
    });
    continue;
  }
  const headerPolicy = parsePolicy(served);
  for (const [name, sources] of pagePolicy(html) ?? []) {
    // The header leaves out the hash of the empty string that Astro adds (src/lib/security-headers.ts).
    const missing = sources.filter((source) => !headerPolicy.get(name)?.includes(source) && !leftOutOfHeaders(name, source));
    if (missing.length === 0) continue;
    policyProblems += 1;
    print({ file, line: 1, what: `_headers: ${name} lacks ${missing.join(' ')} of the page's policy`, where: 'meta' });
  }
}

// A file that browsers keep a year must change its name when it changes, or readers who have it
// would not get the new one (src/lib/security-headers.ts).
let cachingProblems = 0;
for (const file of [...files].sort()) {
  const address = urlPathOf(file, values.base);
  if (headersFor(headerRules, address)['Cache-Control'] !== KEEP_A_YEAR || namedByContent(file)) continue;
  cachingProblems += 1;
  print({
    file,
    line: 1,
    what: `_headers: ${address} is kept a year by browsers, but its name is not made from its content, so a new version would not reach them; name it by its content or take its path out of contentNamedPaths in src/lib/security-headers.ts`,
    where: 'file',
  });
}

// The search index reads only the folders named in src/integrations/pagefind.ts: a page meant for
// search anywhere else would be missing from the results.
let unsearched = 0;
for (const [file, html] of pages) {
  const [locale, ...rest] = file.split('/');
  if (!LOCALES.includes(locale as (typeof LOCALES)[number]) || !/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) continue;
  if (isSearched(rest.join('/'))) continue;
  unsearched += 1;
  print({
    file,
    line: 1,
    what: 'carries data-pagefind-body, but the search index does not read it: add its folder to SEARCHED_PAGES in src/integrations/pagefind.ts',
    where: 'body',
  });
}

const external = links.hosts.reduce((sum, [, count]) => sum + count, 0);
const listHosts = (hosts: typeof links.hosts) => hosts.map(([host, count]) => `${host} ${count}`).join(', ') || 'none';
const official = links.hosts.filter(([host]) => OFFICIAL_HOSTS.includes(host));
const other = links.hosts.filter(([host]) => !OFFICIAL_HOSTS.includes(host));
console.log(
  `${files.size} files (${pages.size} HTML): ${links.links} links checked, ${links.anchors} anchors checked, ` +
    `${external} external links (UN: ${listHosts(official)}; other hosts: ${listHosts(other)}), ` +
    `${links.problems.length} link problems, ${imports.length} scripts' imports not fetched ahead, ${htmlErrors} HTML errors, ${policyProblems} pages with a policy beyond _headers or without it, ${cachingProblems} files kept a year without a name from their content, ${unsearched} pages for search that the index does not read, ${wording.length} wording problems`,
);
process.exitCode =
  links.problems.length + imports.length + htmlErrors + policyProblems + cachingProblems + unsearched + wording.length > 0
    ? 1
    : 0;
