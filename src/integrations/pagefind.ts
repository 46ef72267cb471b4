/**
 * The search index: once `astro build` has written the pages, Pagefind's Node
 * API indexes them, one language at a time, into `pagefind/<language>/` (a
 * whole Pagefind bundle per language, with its own `pagefind.js`). Each
 * language's search page loads its own bundle, and can load another
 * language's to offer the same search there (src/scripts/search.ts).
 *
 * One index per language keeps Pagefind's stemming right (`forceLanguage`:
 * Russian and English words are stemmed as Russian and English; Kazakh, which
 * Pagefind cannot stem, is left whole and the query's endings are cut in the
 * browser, src/lib/kazakh-query.ts), and keeps in Pagefind's memory one
 * language's pages at a time rather than all three.
 *
 * Pagefind reads only the pages of `SEARCHED_PAGES`, and of those only what
 * the layout marks `data-pagefind-body`: the long lists are left out.
 */
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/index.ts';
import { searchBundleFolder } from '../lib/search-bundle.ts';

/**
 * The pages Pagefind reads, relative to a language folder (`en/`, `kk/`,
 * `ru/`), in the glob syntax Pagefind and Node share. A new section whose
 * pages belong in search goes here too: `npm run test:site` names any page
 * that carries `data-pagefind-body` outside these.
 */
export const SEARCHED_PAGES = [
  '{index.html',
  'decisions/*/index.html',
  'about/**/*.html',
  'accessibility/**/*.html',
  'committees/**/*.html',
  'data/**/*.html',
  'feeds/**/*.html',
  'mechanism/**/*.html',
  'meetings/**/*.html',
  'search/**/*.html',
  'statistics/**/*.html}',
].join(',');

/** Whether Pagefind reads the page at `path`, relative to its language folder. */
export const isSearched = (path: string): boolean => matchesGlob(path, SEARCHED_PAGES);

/** Stops the build with what Pagefind said, rather than publishing a site whose search finds nothing. */
function checked<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${what}:\n${response.errors.join('\n')}`);
  return response;
}

/**
 * Indexes the built site in `site` (a folder path): one Pagefind bundle per language. Returns
 * what it indexed, e.g. `10115 kk`.
 */
export async function writeSearchIndex(site: string): Promise<string[]> {
  const counts: string[] = [];
  try {
    for (const locale of LOCALES) {
      const { index } = checked(await pagefind.createIndex({ forceLanguage: locale }), `start the ${locale} index`);
      if (!index) throw new Error(`Pagefind gave no ${locale} index`);
      const { page_count } = checked(
        await index.addDirectory({ path: site, glob: `${locale}/${SEARCHED_PAGES}` }),
        `index the pages under ${locale}/`,
      );
      if (page_count === 0) throw new Error(`Pagefind found no page under ${locale}/ to index; is data-pagefind-body missing?`);
      checked(await index.writeFiles({ outputPath: join(site, searchBundleFolder(locale)) }), `write the ${locale} index`);
      await index.deleteIndex();
      counts.push(`${page_count} ${locale}`);
    }
  } finally {
    await pagefind.close();
  }
  return counts;
}

/**
 * Set by `npm run build` (scripts/build.ts), which indexes the site in a process of its own once
 * Astro's has ended (scripts/search-index.ts), so that Astro's memory and Pagefind's are never held
 * at once: at 10,000 decisions, together they peaked at 6 GiB. `astro build` alone indexes here.
 */
export const INDEX_AFTER_BUILD = 'PORTAL_SEARCH_INDEX_AFTER_BUILD';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD]) return;
        const started = performance.now();
        const counts = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${counts.join(', ')} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
