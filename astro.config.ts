import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { PORTAL_MARKDOWN } from './src/lib/markdown-safety.ts';
import { hostHeaders } from './src/integrations/header-files.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { LOCAL_ADDRESS, siteAddress } from './src/lib/site-address.ts';
import { sitemapOptions } from './src/lib/sitemap.ts';

/** Where the site is written; scripts/build.ts builds into a fresh folder, the tests and the benchmark elsewhere. */
const outDir = process.env.PORTAL_OUT ?? './dist';

/** Astro's caches; the benchmark keeps those of its synthetic corpus apart from the project's. */
const cacheDir = process.env.PORTAL_CACHE ?? './node_modules/.astro';

// `SITE_URL` sets the public address used in canonical links (for example the
// GitHub Pages address), and a build for publishing (`DEPLOY=1`) stops without it;
// `BASE_PATH` serves the site from a sub-folder.
const address = siteAddress(process.env);
const site = address instanceof Error ? LOCAL_ADDRESS : address.site;
/** The public address of the site's root, with its base path. */
const siteRoot = new URL(process.env.BASE_PATH ?? '/', site).href.replace(/\/?$/, '/');

export default defineConfig({
  site,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [publicAddress(address), mdx(), sitemap(sitemapOptions(siteRoot)), hostHeaders(), pagefindIndex()],
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
    // The benchmark's corpora and sites (.bench/) hold hundreds of thousands of files: not for the dev server to watch.
    server: { watch: { ignored: ['**/.bench/**', '**/dist.*/**', '**/.scratch/**'] } },
  },
  // Four pages at a time: Astro then renders one page while it writes another.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A strict policy on every page: Astro hashes the scripts it emits; Pagefind's
  // WebAssembly needs 'wasm-unsafe-eval' and nothing more. The build writes the same
  // policy, with what a <meta> cannot carry (frame-ancestors and the other headers), into
  // _headers and nginx-security-headers.conf (src/integrations/header-files.ts).
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
