/**
 * An Astro integration that writes, when `astro build` is done, the headers
 * for static hosts (`_headers`, and `nginx-security-headers.conf`): the
 * policy of the pages' <meta>, sent with the pages only, and the caching and
 * encoding rules of src/lib/security-headers.ts.
 *
 * Astro gives every page of a route the same policy, so the head of one page
 * of each route gives every hash; `npm run test:site` checks that each page's
 * policy is within the header's.
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../i18n/index.ts';
import { REDIRECT_FOLDERS } from '../lib/redirects.ts';
import { headerFiles, headerRules } from '../lib/security-headers.ts';

/** The start of a page, up to the end of its <head>; the whole file if it has none. */
function headOf(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(32 * 1024);
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    const start = buffer.toString('utf8', 0, length);
    return start.includes('</head>') ? start : readFileSync(file, 'utf8');
  } finally {
    closeSync(descriptor);
  }
}

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'portal:header-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const firstPages = [...assets.values()].flatMap((files) => files.find((file) => file.pathname.endsWith('.html')) ?? []);
        // The browser editor has a policy of its own (src/pages/admin/[...lang].astro), kept out of the site's.
        const inAdmin = (file: URL) => file.href.startsWith(new URL('admin/', dir).href);
        const admin = firstPages.find(inAdmin);
        const rules = headerRules(
          firstPages.filter((file) => !inAdmin(file)).map((file) => headOf(fileURLToPath(file))),
          { base, pageFolders: [...LOCALES, ...REDIRECT_FOLDERS], searchLanguages: LOCALES },
          admin ? [{ folder: 'admin', head: headOf(fileURLToPath(admin)) }] : [],
        );
        if (!rules) {
          throw new Error(
            'Security headers: no page carries a content-security-policy <meta>; is security.csp on in astro.config.ts?',
          );
        }
        for (const [name, content] of headerFiles(rules)) writeFileSync(new URL(name, dir), content);
        logger.info(`_headers and nginx-security-headers.conf, from the policies of ${firstPages.length} routes`);
      },
    },
  };
}
