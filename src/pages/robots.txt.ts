import type { APIRoute } from 'astro';
import { LOCALES } from '../i18n/index.ts';
import { paths } from '../lib/paths.ts';

/** Everything may be indexed but the editors' report and the browser editor; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      'User-agent: *',
      ...LOCALES.map((locale) => `Disallow: ${paths.editors(locale)}`),
      `Disallow: ${paths.asset('admin/')}`,
      '',
      `Sitemap: ${new URL(paths.asset('sitemap-index.xml'), site).href}`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
