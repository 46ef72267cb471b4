/**
 * The pages that show every decision (the lists, the follow-up board, the
 * committee pages, the statistics, the home page) are kept from one build to
 * the next while the content's facts are unchanged: see `contentFactsKey` in
 * src/data/page-keys.ts and src/build/kept-pages.ts.
 */
import { keepUnchanged } from '../build/kept-pages.ts';
import { keyedLocalePaths } from '../i18n/routes.ts';
import { getContent } from './content.ts';
import { contentFactsKey } from './page-keys.ts';

/** The key of every page that lists the decisions. */
export async function listPagesKey(): Promise<string> {
  return contentFactsKey(await getContent());
}

/** `getStaticPaths` of such a page with no parameter but the language; `route` is its file under src/pages, without `.astro`. */
export async function listPagePaths(route: string) {
  return keepUnchanged(route, keyedLocalePaths(await listPagesKey()));
}
