import type { APIRoute } from 'astro';
import { atomResponse, decisionFeed } from '../../../../data/feeds.ts';
import type { Locale } from '../../../../i18n/index.ts';
import { localePathsFor } from '../../../../i18n/routes.ts';
import { COMMITTEE_CODES } from '../../../../schemas/common.ts';

export const getStaticPaths = () => localePathsFor(COMMITTEE_CODES, (code) => ({ code: code.toLowerCase() }));
export const GET: APIRoute = async (context) =>
  atomResponse(await decisionFeed(context, context.params.lang as Locale, (context.props as { item: string }).item));
