/**
 * The search page asks the browser for its language's page list and
 * WebAssembly as soon as its <head> arrives, rather than once Pagefind's
 * script, its worker and its entry file have come one after the other: each
 * of those is a round trip, and on a slow connection a search opened from its
 * address showed its first result half a second sooner (docs/performance.md,
 * change 37). Pagefind's worker then finds both in the browser's cache, as
 * their names are made from their content and hosts let browsers keep them
 * (scripts/lib/security-headers.ts); the page loads both when it opens anyway
 * (src/scripts/search.ts), so no byte more crosses the network. Chromium's
 * console notes, a few seconds after the page has loaded, that the page
 * itself did not use them: it cannot see that the worker did.
 *
 * Astro writes the search page before Pagefind has named these files, so the
 * search-index step adds the links afterwards, after the page's
 * `<link rel="modulepreload" … data-search-files>`, from which it takes the
 * folder of Pagefind's files. The step also names its own copy of Pagefind's
 * script by its content (scripts/build-search-index.ts), and has that link
 * and the search form's `data-bundle` name the copy; and it names a copy of
 * Pagefind's entry file by its content, whose hash the form gives the page
 * (`data-search-entry`) for Pagefind's worker to read that copy.
 */

/** Where a language's search page lies in its language folder. */
export const SEARCH_PAGE = 'search/index.html';

/** What the step reads from Pagefind's entry file for one language. */
export type SearchFiles = { hash: string; wasm?: string | null };

/** The name of a language's WebAssembly in Pagefind's file names: none in the entry file means `unknown`. */
export const wasmName = (files: SearchFiles): string => files.wasm ?? 'unknown';

/** A search page's HTML, or the files of its index, that the links cannot be added to. */
export class SearchPreloadError extends Error {}

const MARKER = /<link\b[^>]*\sdata-search-files(?=[\s=>/])[^>]*>/;
const ADDED = /<link rel="preload"[^>]*\sdata-search-preload>/g;
const ENTRY_GIVEN = /\sdata-search-entry="[^"]*"/g;
/** Pagefind's script by its own name, or by one the step made from its content. */
const SCRIPT = 'pagefind(?:_[\\da-f]{10})?\\.js';
/** An attribute naming Pagefind's script: the attribute, and the folder before the script's name. */
const NAMING = new RegExp(`(\\s(href|data-bundle)=")([^"]*)${SCRIPT}"`, 'g');

/**
 * The page with a preload link for each of the two files, after the marker,
 * and with the marker and the search form's `data-bundle` naming Pagefind's
 * script `script`, and the form giving `entry`, the hash in the name of the
 * entry file's copy, when there is one; what an earlier run added is
 * replaced, so that running again changes nothing.
 */
export function withSearchPreloads(html: string, files: SearchFiles, script = 'pagefind.js', entry?: string): string {
  const cleaned = html.replace(ADDED, '').replace(ENTRY_GIVEN, '');
  const marker = MARKER.exec(cleaned);
  if (!marker) {
    throw new SearchPreloadError(
      `has no <link … data-search-files> for the search files' preloads; keep it in src/pages/[lang]/search.astro`,
    );
  }
  const bundle = new RegExp(`\\shref="([^"]*)${SCRIPT}"`).exec(marker[0]);
  if (!bundle) throw new SearchPreloadError(`its <link … data-search-files> does not name Pagefind's script (…/pagefind.js)`);
  const folder = bundle[1]!;
  const links = [`pagefind.${files.hash}.pf_meta`, `wasm.${wasmName(files)}.pagefind`]
    .map((name) => `<link rel="preload" href="${folder}${name}" as="fetch" crossorigin data-search-preload>`)
    .join('');
  const at = marker.index + marker[0].length;
  // The preloads name no script, so the marker and the form are renamed with them in place.
  let formNamesIt = false;
  const named = `${cleaned.slice(0, at)}${links}${cleaned.slice(at)}`.replace(
    NAMING,
    (whole, before: string, attribute: string, from: string) => {
      if (from !== folder) return whole;
      if (attribute !== 'data-bundle') return `${before}${folder}${script}"`;
      formNamesIt = true;
      return `${before}${folder}${script}"${entry === undefined ? '' : ` data-search-entry="${entry}"`}`;
    },
  );
  if (!formNamesIt) {
    throw new SearchPreloadError(
      `its search form's data-bundle does not name Pagefind's script (${folder}pagefind.js), as its <link … data-search-files> does; keep both in src/pages/[lang]/search.astro`,
    );
  }
  return named;
}
