/**
 * Writes the search index of a built site, as `astro build` does at its end
 * (src/integrations/pagefind.ts), in a process of its own: `npm run build`
 * runs it once Astro's process has ended, so that their memory is not held
 * at once.
 *
 *   node scripts/search-index.ts <site folder>
 */
import { resolve } from 'node:path';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';
import { readCommandLine } from './lib/command-line.ts';

const { positionals } = readCommandLine(import.meta.filename, { allowPositionals: true });
if (positionals.length !== 1) {
  console.error('Search index: name the folder of the built site, e.g. node scripts/search-index.ts dist');
  process.exit(1);
}
const started = performance.now();
const counts = await writeSearchIndex(resolve(positionals[0]!));
console.log(`Search index: ${counts.join(', ')} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
