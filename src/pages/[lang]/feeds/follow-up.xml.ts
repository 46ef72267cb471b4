import type { APIRoute } from 'astro';
import { atomResponse, followUpFeed, hasFollowUpFeed } from '../../../data/feeds.ts';
import { LOCALES, type Locale } from '../../../i18n/index.ts';

/** One feed per language that has a dated follow-up event: a feed with no entry is not published. */
export async function getStaticPaths() {
  const withFeed = await Promise.all(LOCALES.map(async (lang) => ((await hasFollowUpFeed(lang)) ? [lang] : [])));
  return withFeed.flat().map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async (context) => atomResponse(await followUpFeed(context, context.params.lang as Locale));
