// The benchmark's baseline: a minimal Astro site over the same Markdown as the
// portal, rendered with the same Markdown processor. It reads the content store
// from its file as the portal does (src/build/content-store-plugin.ts): that
// works around a cost of Astro itself, so the ratio measures what the portal's
// own pages cost. See scripts/bench.ts and docs/performance.md.
import process from 'node:process';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { contentStoreFromFile } from '../../src/build/content-store-plugin.ts';

const cacheDir = process.env.BASELINE_CACHE ?? './node_modules/.astro';

export default defineConfig({
  outDir: process.env.BASELINE_OUT ?? './dist',
  cacheDir,
  vite: { plugins: [contentStoreFromFile(cacheDir)] },
  build: { format: 'directory' },
  markdown: { processor: satteri(), syntaxHighlight: false },
});
