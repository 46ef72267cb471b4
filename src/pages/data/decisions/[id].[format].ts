/**
 * Each decision at stable addresses beside the collection: its record as
 * JSON (/data/decisions/<id>.json) and its citation as BibTeX (.bib), RIS
 * (.ris) and CSL-JSON (.csl.json).
 *
 * Served by `astro dev`; a build writes the same files with
 * scripts/build-decision-files.ts, far faster than one route each.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../../../data/content.ts';
import { citationInput } from '../../../data/citations.ts';
import { getExports } from '../../../data/exports.ts';
import { byId } from '../../../lib/lookup.ts';
import { bibtex, cslJson, ris } from '../../../lib/citation.ts';
import { DATA_LICENCE } from '../../../schemas/export.ts';

const FORMATS = ['json', 'bib', 'ris', 'csl.json'] as const;

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const { decisions } = await getContent();
  return decisions.flatMap((entry) => FORMATS.map((format) => ({ params: { id: entry.id, format }, props: { entry } })));
}

export const GET: APIRoute = async ({ params, props, site }) => {
  if (params.format === 'json') {
    const { today, decisions } = await getExports(site);
    return Response.json({ licence: DATA_LICENCE, built: today, decision: byId(decisions, params.id!)! });
  }
  const input = await citationInput(props.entry, 'en', site);
  if (params.format === 'bib')
    return new Response(bibtex(input), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
  if (params.format === 'ris')
    return new Response(ris(input), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
  return Response.json(cslJson(input));
};
