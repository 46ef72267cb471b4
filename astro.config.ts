import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { PORTAL_MARKDOWN } from './src/lib/markdown-safety.ts';
import { contentStoreFromFile } from './src/build/content-store-plugin.ts';
import { sitemapAndHeaders } from './src/build/sitemap-and-headers.ts';
import { keepPages } from './src/build/kept-pages.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { LOCAL_ADDRESS, siteAddress } from './src/lib/site-address.ts';

/** Where the site is written; the hostile-content test and the benchmark write elsewhere. */
const outDir = process.env.PORTAL_OUT ?? './dist';

// The large downloads are written on a worker thread (src/data/downloads.ts), which runs from
// the project's own files, and in a build writes them into the output folder itself: Astro's
// bundle of the pages can locate neither.
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
process.env.PORTAL_DOWNLOAD_WORKER = join(projectRoot, 'src/data/download-worker.ts');
process.env.PORTAL_DOWNLOADS_OUT = resolve(projectRoot, outDir, 'data');

/** Astro's caches; the benchmark keeps those of its synthetic corpus apart from the project's. */
const cacheDir = process.env.PORTAL_CACHE ?? './node_modules/.astro';

// `SITE_URL` sets the public address used in canonical links (for example the
// GitHub Pages address), and a build for publishing (`DEPLOY=1`) stops without it;
// `BASE_PATH` serves the site from a sub-folder.
const address = siteAddress(process.env);

export default defineConfig({
  site: address instanceof Error ? LOCAL_ADDRESS : address.site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // A rebuild keeps each page whose content did not change (src/build/kept-pages.ts,
  // src/data/page-keys.ts); a clean checkout, as in CI, builds everything.
  integrations: [publicAddress(address), mdx(), keepPages(), sitemapAndHeaders(), pagefindIndex()],
  // Keep the whitespace between elements, so the search index and excerpts
  // read "Procedural issues Exhaustion..." rather than "issuesExhaustion".
  compressHTML: false,
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri(PORTAL_MARKDOWN),
    // No code blocks in summaries; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
  },
  outDir,
  cacheDir,
  vite: {
    plugins: [contentStoreFromFile(cacheDir)],
    // The benchmark's corpora and sites (.bench/) hold hundreds of thousands of files: not for the dev server to watch.
    server: { watch: { ignored: ['**/.bench/**', '**/dist.old-*/**', '**/dist.deleting-*/**', '**/.scratch/**'] } },
  },
  // Four pages at a time: rendering a page takes less time than writing it, and one page at a
  // time left Astro idle a quarter of the time (docs/performance.md, changes 12 and 29).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A strict policy on every page: Astro hashes the scripts it emits; Pagefind's
  // WebAssembly needs 'wasm-unsafe-eval' and nothing more. The build writes the same
  // policy, with what a <meta> cannot carry (frame-ancestors and the other headers), into
  // _headers and nginx-security-headers.conf (src/build/sitemap-and-headers.ts).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
