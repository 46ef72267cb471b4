import type { APIRoute } from 'astro';
import { downloadBody } from '../../data/downloads.ts';

// In a build the file is written by src/data/downloads.ts, and this body is empty.
export const GET: APIRoute = async ({ site }) =>
  new Response(await downloadBody('followups.json', site), { headers: { 'content-type': 'application/json' } });
