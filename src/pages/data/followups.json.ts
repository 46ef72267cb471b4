import type { APIRoute } from 'astro';
import { getExports } from '../../data/exports.ts';
import { wrap } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { today, followups } = await getExports(site);
  return Response.json(wrap('followups', followups, today));
};
