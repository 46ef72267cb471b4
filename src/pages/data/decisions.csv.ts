import type { APIRoute } from 'astro';
import { getDownload } from '../../data/downloads.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await getDownload('decisions.csv', site), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
