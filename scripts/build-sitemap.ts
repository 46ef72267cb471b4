/**
 * Writes dist/sitemap.xml after the build: every page a reader may land on,
 * in each language, with its language alternates. Read from the built files,
 * so no page is forgotten. Redirect pages, the 404 page and the editors'
 * report are left out.
 *
 *   node scripts/build-sitemap.ts [--site dist]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES } from '../src/i18n/index.ts';
import { escapeXml } from '../src/lib/atom.ts';
import { filesUnder } from './lib/site-files.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const dir = values.site!;
const origin = process.env.SITE_URL ?? 'http://localhost:4321';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const pages = (folder: string) =>
  filesUnder(folder, (name) => name === 'index.html').map((file) => relative(dir, dirname(file)).split(sep).join('/'));

const localized = pages(dir)
  .filter((path) => LOCALES.some((locale) => path === locale || path.startsWith(`${locale}/`)))
  .filter((path) => !/^[a-z]{2}\/editors$/.test(path))
  .map((path) => path.replace(/^[a-z]{2}(\/|$)/, ''));
const unique = [...new Set(localized)].sort();
const url = (locale: string, path: string) => new URL(`${base}${locale}/${path ? `${path}/` : ''}`, origin).href;

const entries = unique.flatMap((path) =>
  LOCALES.map((locale) =>
    [
      '  <url>',
      `    <loc>${escapeXml(url(locale, path))}</loc>`,
      ...LOCALES.map((other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(url(other, path))}"/>`),
      '  </url>',
    ].join('\n'),
  ),
);
const xml = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  `  <url>\n    <loc>${escapeXml(new URL(base, origin).href)}</loc>\n  </url>`,
  ...entries,
  '</urlset>',
  '',
].join('\n');
writeFileSync(join(dir, 'sitemap.xml'), xml);
console.log(`Sitemap: ${unique.length * LOCALES.length + 1} pages written to ${dir}/sitemap.xml`);
