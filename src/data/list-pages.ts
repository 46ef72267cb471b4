/**
 * The pages that show every decision (the lists, the follow-up board, the
 * committee pages, the statistics, the home page) are kept by Astro's
 * incremental build while the content's facts are unchanged: see
 * `contentFactsKey` in src/data/page-keys.ts.
 */
import { keyedLocalePaths } from '../i18n/routes.ts';
import { getContent } from './content.ts';
import { contentFactsKey } from './page-keys.ts';

/** The key of every page that lists the decisions. */
export async function listPagesKey(): Promise<string> {
  return contentFactsKey(await getContent());
}

/** `getStaticPaths` of such a page with no parameter but the language. */
export async function listPagePaths() {
  return keyedLocalePaths(await listPagesKey());
}
