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
import { sitemapFiles } from './lib/sitemap.ts';

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
const root = new URL(base, origin).href;
const files = sitemapFiles([`  <url>\n    <loc>${escapeXml(root)}</loc>\n  </url>`, ...entries], root);
for (const [name, xml] of files) writeFileSync(join(dir, name), xml);
console.log(
  `Sitemap: ${unique.length * LOCALES.length + 1} pages written to ${dir}/sitemap.xml${files.size > 1 ? ` and ${files.size - 1} files it lists` : ''}`,
);
