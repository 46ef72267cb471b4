/**
 * Decap CMS's script, as its npm package builds it, served by the site for the
 * browser editor (src/pages/admin/[...lang].astro) and for no other page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response(readFileSync(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js')), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
