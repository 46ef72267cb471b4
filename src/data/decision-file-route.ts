/**
 * The routes of each decision's files beside the collection: its record as
 * JSON (/data/decisions/<id>.json) and its citation as BibTeX (.bib), RIS
 * (.ris) and CSL-JSON (.csl.json). One route file per format, so that Astro
 * sees the extension in the file's name and serves the address without a
 * trailing slash (`trailingSlash: 'always'` asks one of a route whose
 * extension is a parameter).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from './content.ts';
import { citationInput } from './citations.ts';
import { getExports } from './exports.ts';
import { byId } from '../lib/lookup.ts';
import { bibtex, cslJson, ris } from '../lib/citation.ts';
import { DATA_LICENCE } from '../schemas/export.ts';

type Format = 'json' | 'bib' | 'ris' | 'csl.json';

export function decisionFileRoute(format: Format): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    async getStaticPaths() {
      const { decisions } = await getContent();
      return decisions.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
    },
    async GET({ params, props, site }) {
      if (format === 'json') {
        const { today, decisions } = await getExports(site);
        return Response.json({ licence: DATA_LICENCE, built: today, decision: byId(decisions, params.id!)! });
      }
      const input = await citationInput(props.entry, 'en', site);
      if (format === 'bib')
        return new Response(bibtex(input), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
      if (format === 'ris')
        return new Response(ris(input), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
      return Response.json(cslJson(input));
    },
  };
}
