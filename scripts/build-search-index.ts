/**
 * Builds the Pagefind search index over `dist/`. Fails the build on any
 * indexing error or when no page was indexed, rather than shipping a site
 * whose search silently finds nothing.
 *
 *   node scripts/build-search-index.ts [--site dist]
 */
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site!;

function fail(message: string): never {
  console.error(`Search index: ${message}`);
  process.exit(1);
}

const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);

const added = await index.addDirectory({ path: site });
if (added.errors.length > 0) fail(`indexing ${site} failed:\n${added.errors.join('\n')}`);
if (added.page_count === 0) fail(`no page in ${site} was indexed; is data-pagefind-body missing?`);

const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
if (written.errors.length > 0) fail(`writing the index failed:\n${written.errors.join('\n')}`);

await pagefind.close();
console.log(`Search index: ${added.page_count} pages indexed into ${site}/pagefind`);
