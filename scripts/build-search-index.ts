/**
 * Builds the Pagefind search index over `dist/`. Fails the build on any
 * indexing error or when no page was indexed, rather than shipping a site
 * whose search silently finds nothing.
 *
 * Each language is indexed by its own Pagefind process, and the three indexes
 * are merged into dist/pagefind: Pagefind holds everything it indexes in
 * memory until it writes, and one process over every language needed more
 * memory than the build's budget at 10,000 decisions (docs/performance.md).
 * The merged folder is what one process would write: each language's files
 * are its own, and pagefind-entry.json lists the three.
 *
 *   node scripts/build-search-index.ts [--site dist]
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/i18n/index.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site!;
const output = join(site, 'pagefind');

function fail(message: string): never {
  console.error(`Search index: ${message}`);
  process.exit(1);
}

type Entry = { version: string; languages: Record<string, { page_count: number }>; include_characters?: string[] };

rmSync(output, { recursive: true, force: true });
const entries: Entry[] = [];
for (const locale of LOCALES) {
  const part = join(site, `.pagefind-${locale}`);
  rmSync(part, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
  if (added.errors.length > 0) fail(`indexing ${site}/${locale} failed:\n${added.errors.join('\n')}`);
  if (added.page_count === 0) fail(`no page in ${site}/${locale} was indexed; is data-pagefind-body missing?`);
  const written = await index.writeFiles({ outputPath: part });
  if (written.errors.length > 0) fail(`writing the index failed:\n${written.errors.join('\n')}`);
  // Ends the Pagefind process, and the memory it held, before the next language.
  await pagefind.close();

  const entry = JSON.parse(readFileSync(join(part, 'pagefind-entry.json'), 'utf8')) as Entry;
  if (!entry.languages[locale]) fail(`the pages under ${site}/${locale} were not indexed as ${locale}; check <html lang>`);
  entries.push(entry);
  cpSync(part, output, { recursive: true });
  rmSync(part, { recursive: true });
}
if (!existsSync(output) || entries.length === 0) fail('nothing was written');
const merged: Entry = { ...entries[0]!, languages: Object.assign({}, ...entries.map((entry) => entry.languages)) };
writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(merged));
const pages = Object.values(merged.languages).reduce((sum, language) => sum + language.page_count, 0);
console.log(`Search index: ${pages} pages indexed into ${output}, one index per language (${LOCALES.join(', ')})`);
