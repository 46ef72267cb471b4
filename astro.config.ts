import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// `SITE_URL` sets the public address used in canonical links (for example the
// GitHub Pages address); `BASE_PATH` serves the site from a sub-folder.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  // Keep the whitespace between elements, so the search index and excerpts
  // read "Procedural issues Exhaustion..." rather than "issuesExhaustion".
  compressHTML: false,
  devToolbar: { enabled: false },
});
