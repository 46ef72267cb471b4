/**
 * An Astro integration that writes, when `astro build` is done:
 * - `sitemap.xml` (and the files it lists, past 50,000 addresses), from the
 *   pages Astro built, so no page is forgotten;
 * - the headers for static hosts (`_headers`, and
 *   `nginx-security-headers.conf`): the policy of the pages' <meta>, sent
 *   with the pages only, and the encoding of Pagefind's compressed files
 *   (scripts/lib/security-headers.ts).
 *
 * They used to be steps after Astro that walked the folders of every page and
 * read the head of each: at 10,000 decisions, 50,000 pages, which slowed the
 * search index built beside them (docs/performance.md). Astro knows the pages
 * and the routes they come from. Astro gives every page the same policy but
 * for the inline styles and scripts of its route, so the head of one page of
 * each route gives every hash; `npm run test:site` checks that each page's
 * policy is within the header's.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerFiles, headerRules } from '../../scripts/lib/security-headers.ts';
import { headOf } from '../../scripts/lib/site-files.ts';
import { sitemapEntries, sitemapFiles } from '../../scripts/lib/sitemap.ts';
import { LOCALES } from '../i18n/index.ts';
import { REDIRECT_FOLDERS } from '../lib/redirects.ts';

export function sitemapAndHeaders(): AstroIntegration {
  let siteUrl = '';
  let base = '/';
  return {
    name: 'portal:sitemap-and-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        siteUrl = new URL(base, config.site ?? 'http://localhost:4321').href;
      },
      'astro:build:done': ({ pages, dir, assets, logger }) => {
        const write = (files: Map<string, string>) => {
          for (const [name, content] of files) writeFileSync(new URL(name, dir), content);
        };
        const entries = sitemapEntries(
          pages.map((page) => page.pathname),
          siteUrl,
        );
        const sitemap = sitemapFiles(entries, siteUrl);
        write(sitemap);
        logger.info(
          `${entries.length} pages in sitemap.xml${sitemap.size > 1 ? ` and the ${sitemap.size - 1} files it lists` : ''}`,
        );

        const firstPages = [...assets.values()].flatMap((files) => files.find((file) => file.pathname.endsWith('.html')) ?? []);
        const rules = headerRules(
          firstPages.map((file) => headOf(fileURLToPath(file))),
          { base, pageFolders: [...LOCALES, ...REDIRECT_FOLDERS], searchLanguages: LOCALES },
        );
        if (!rules) {
          throw new Error(
            'Security headers: no page carries a content-security-policy <meta>; is security.csp on in astro.config.ts?',
          );
        }
        write(headerFiles(rules));
        logger.info(`security headers in _headers and nginx-security-headers.conf, from ${firstPages.length} routes`);
      },
    },
  };
}
