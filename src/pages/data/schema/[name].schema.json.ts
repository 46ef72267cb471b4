/** The JSON Schema of each download, generated from the Zod schemas at build time. */
import type { APIRoute } from 'astro';
import { DOWNLOADS, jsonSchemaOf } from '../../../schemas/export.ts';
import { paths } from '../../../lib/paths.ts';

export function getStaticPaths() {
  return Object.keys(DOWNLOADS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as keyof typeof DOWNLOADS;
  return Response.json(jsonSchemaOf(DOWNLOADS[name], new URL(paths.asset(`data/schema/${name}.schema.json`), site).href));
};
