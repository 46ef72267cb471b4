/** The JSON Schema of each download, generated from the Zod schemas at build time, each field with its English meaning. */
import type { APIRoute } from 'astro';
import { DOWNLOAD_NAMES, downloadSchema, type DownloadName } from '../../../lib/download-fields.ts';
import { paths } from '../../../lib/paths.ts';

export function getStaticPaths() {
  return DOWNLOAD_NAMES.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as DownloadName;
  return Response.json(downloadSchema(name, new URL(paths.asset(`data/schema/${name}.schema.json`), site).href));
};
