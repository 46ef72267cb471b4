// The benchmark's baseline: a minimal Astro site over the same Markdown as the
// portal, rendered with the same Markdown processor. See scripts/bench.ts.
import process from 'node:process';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  outDir: process.env.BASELINE_OUT ?? './dist',
  cacheDir: process.env.BASELINE_CACHE ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: { processor: satteri(), syntaxHighlight: false },
});
