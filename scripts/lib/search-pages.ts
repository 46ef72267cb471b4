/**
 * Which pages of a language folder Pagefind reads. Only pages that carry
 * `data-pagefind-body` are indexed (src/layouts/Base.astro); the lists, the
 * follow-up board and the editors' pages leave it out, yet Pagefind would still
 * read and parse them, about 90 MB of HTML per language at 10,000 decisions,
 * to find that out (3 to 4 s a language). The glob below names the folders
 * that hold indexed pages; `npm run test:site` fails when a page carrying
 * `data-pagefind-body` lies outside it, so a new indexed section cannot be
 * left out of search unnoticed.
 */
import { matchesGlob } from 'node:path';

/** Relative to a language folder (`en/`, `kk/`, `ru/`), in the glob syntax Pagefind and Node share. */
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
export function isSearched(path: string, pages: string = SEARCHED_PAGES): boolean {
  return matchesGlob(path, pages);
}
