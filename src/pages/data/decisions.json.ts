import type { APIRoute } from 'astro';
import { getDownload } from '../../data/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getDownload('decisions.json', site), { headers: { 'content-type': 'application/json' } });
