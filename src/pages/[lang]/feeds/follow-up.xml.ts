import type { APIRoute } from 'astro';
import { atomResponse, followUpFeed } from '../../../data/feeds.ts';
import type { Locale } from '../../../i18n/index.ts';
import { localePaths } from '../../../i18n/routes.ts';

export const getStaticPaths = localePaths;
export const GET: APIRoute = async (context) => atomResponse(await followUpFeed(context, context.params.lang as Locale));
