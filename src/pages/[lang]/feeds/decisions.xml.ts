import type { APIRoute } from 'astro';
import { atomResponse, decisionFeed } from '../../../data/feeds.ts';
import type { Locale } from '../../../i18n/index.ts';
import { localePaths } from '../../../i18n/routes.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute = async (context) => atomResponse(await decisionFeed(context, context.params.lang as Locale));
