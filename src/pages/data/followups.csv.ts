import type { APIRoute } from 'astro';
import { getExports } from '../../data/exports.ts';
import { FOLLOWUP_CSV_COLUMNS, toCsv } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { followups } = await getExports(site);
  return new Response(toCsv(followups, FOLLOWUP_CSV_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
