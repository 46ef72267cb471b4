import type { APIRoute } from 'astro';
import { atomResponse, committeesWithFeed, decisionFeed } from '../../../../data/feeds.ts';
import { LOCALES, type Locale } from '../../../../i18n/index.ts';
import { COMMITTEE_CODES } from '../../../../schemas/common.ts';

/** One feed per language and committee with a decision in it: a feed with no entry is not published. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    LOCALES.map(async (lang) => {
      const withFeed = await committeesWithFeed(lang);
      return COMMITTEE_CODES.filter((code) => withFeed.has(code)).map((code) => ({
        params: { lang, code: code.toLowerCase() },
        props: { item: code },
      }));
    }),
  );
  return paths.flat();
}

export const GET: APIRoute = async (context) =>
  atomResponse(await decisionFeed(context, context.params.lang as Locale, (context.props as { item: string }).item));
