/**
 * A Vite plugin for `astro build`: the pages read Astro's content store from
 * its JSON file when the build renders them, rather than from a copy bundled
 * into the build as one JavaScript string.
 *
 * Astro bundles the store as `export default JSON.parse("...")`; with
 * thousands of entries that string is hundreds of megabytes, and bundling and
 * compiling it took longer than rendering every page (at 3,000 decisions,
 * 21 s of compiling; at 10,000 it grew faster than the content). Reading the
 * file is one JSON.parse. Only the build's own renderer imports the store, on
 * the machine that wrote the file, so the file is always there. See
 * docs/performance.md.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Astro's id for the store module (astro/dist/content/consts.js). */
const STORE_MODULE = '\0astro:data-layer-content';

export function contentStoreFromFile(cacheDir: string): Plugin {
  const file = resolve(cacheDir, 'data-store.json');
  return {
    name: 'portal:content-store-from-file',
    apply: 'build',
    enforce: 'pre',
    load: {
      // Before Astro's own plugin, which would return the bundled copy.
      order: 'pre',
      handler(id) {
        if (id !== STORE_MODULE) return null;
        return {
          code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`,
          map: { mappings: '' },
          // As Astro marks its own store module, so its incremental build treats it as content.
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}
