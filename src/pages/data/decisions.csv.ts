import type { APIRoute } from 'astro';
import { getExports } from '../../data/exports.ts';
import { DECISION_CSV_COLUMNS, toCsv } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const { decisions } = await getExports(site);
  return new Response(toCsv(decisions, DECISION_CSV_COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
