/**
 * The build, step by step, as `npm run build` runs it:
 *
 * 1. the validator and `astro build` side by side, Astro writing into a new
 *    folder beside the site (`dist.next`). When an entry is wrong, Astro is
 *    stopped and the editor reads the validator's message (file, line,
 *    field, what to write), never Astro's output. Astro's integrations write
 *    the sitemap and the host headers (src/integrations/);
 * 2. the search index (scripts/search-index.ts, with the code `astro build`
 *    alone runs in src/integrations/pagefind.ts), in a process of its own
 *    once Astro's has ended, so that their memory is never held at once;
 * 3. the new folder takes the place of `dist`. Until then `dist` holds the
 *    site of the last build, as it was, whatever stopped this one.
 *
 * Ends with one line saying what each step took. `--timings <file>` also
 * writes the figures as JSON, with peak memory on Linux (the benchmark reads
 * it). `--fresh` empties Astro's caches first, as on a clean checkout.
 *
 *   node scripts/build.ts [--fresh] [--timings build-timings.json]
 *
 * PORTAL_CONTENT and PORTAL_OUT build other content into another folder, as
 * the tests and the benchmark do.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { measure, MIB, type Measured } from './lib/measure.ts';
import { readCommandLine } from './lib/command-line.ts';
import { INDEX_AFTER_BUILD } from '../src/integrations/pagefind.ts';
import { exitWhenWritten } from './lib/exit.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: { timings: { type: 'string' }, fresh: { type: 'boolean', default: false } },
});

const root = join(import.meta.dirname, '..');
const node = process.execPath;
const script = (name: string) => join(root, 'scripts', name);
const out = resolve(root, process.env.PORTAL_OUT ?? 'dist');
/** Where this build writes; it becomes `out` once every step has succeeded. */
const next = `${out}.next`;
/** The last build's site, for the moment the new one takes its name. */
const replaced = `${out}.replaced`;
/** Astro's caches (astro.config.ts reads the same variable) and the search index's. */
const cacheFolder = resolve(root, process.env.PORTAL_CACHE ?? 'node_modules/.astro');

/** The validator reads `<root>/src/content`; other content must be laid out the same way. */
function contentRoot(): string {
  const content = process.env.PORTAL_CONTENT;
  if (!content) return root;
  const folder = resolve(content);
  if (basename(folder) !== 'content' || basename(dirname(folder)) !== 'src') {
    console.error(`Build: PORTAL_CONTENT must name a folder <project>/src/content, not ${content}`);
    process.exit(1);
  }
  return dirname(dirname(folder));
}

export type StepTiming = { step: string } & Measured;
const timings: StepTiming[] = [];

/** Runs the validator beside Astro; Astro's output is held back until the content is known to be valid. */
async function validateAndBuild() {
  let report = '';
  const validator = measure(
    node,
    [script('validate.ts'), '--root', contentRoot(), '--errors-only', '--cache', join(cacheFolder, 'validate')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      onSpawn: (child) => {
        child.stdout?.on('data', (chunk) => (report += chunk));
        child.stderr?.on('data', (chunk) => (report += chunk));
      },
    },
  );
  let held: Buffer[] | null = [];
  const astro = measure(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    // The search index is written after Astro's process has ended (below), not inside it.
    env: { ...process.env, PORTAL_OUT: next, [INDEX_AFTER_BUILD]: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    onSpawn: (child) => {
      for (const stream of [child.stdout, child.stderr]) {
        stream?.on('data', (chunk: Buffer) => {
          if (held) held.push(chunk);
          else process.stdout.write(chunk);
        });
      }
    },
  });

  const validated = await validator.done;
  timings.push({ step: 'validate', ...validated });
  process.stdout.write(report);
  if (validated.code !== 0) {
    astro.stop();
    await astro.done.catch(() => undefined);
    rmSync(next, { recursive: true, force: true });
    const kept = existsSync(out) ? ` The site of the last build is still in ${out}.` : '';
    console.error(`\nThe build stopped: correct the entries named above, then build again.${kept}`);
    await exitWhenWritten(1);
  }
  for (const chunk of held) process.stdout.write(chunk);
  held = null;
  const built = await astro.done;
  timings.push({ step: 'astro', ...built });
  if (built.code !== 0) await stop('astro', built.code);
}

/** Runs a step of the build in a process of its own; a failure ends the build. */
async function step(name: string, args: string[]) {
  const result = await measure(node, args).done;
  timings.push({ step: name, ...result });
  if (result.code !== 0) await stop(name, result.code);
}

/** Ends a build whose step failed, leaving the last build's site where it was. */
async function stop(name: string, code: number): Promise<never> {
  rmSync(next, { recursive: true, force: true });
  const kept = existsSync(out) ? ` The site of the last build is still in ${out}.` : '';
  console.error(`Build: the step "${name}" failed.${kept}`);
  return exitWhenWritten(code);
}

const started = performance.now();
// A build stopped while it swapped the folders (below) left the last site under the second name.
if (!existsSync(out) && existsSync(replaced)) renameSync(replaced, out);
for (const folder of [next, replaced]) rmSync(folder, { recursive: true, force: true });
if (values.fresh) rmSync(cacheFolder, { recursive: true, force: true });

await validateAndBuild();
await step('search-index', [script('search-index.ts'), next]);

if (existsSync(out)) renameSync(out, replaced);
renameSync(next, out);
rmSync(replaced, { recursive: true, force: true });
const total = (performance.now() - started) / 1000;

console.log(
  `Build: ${total.toFixed(1)} s in all (${timings.map(({ step, seconds }) => `${step} ${seconds.toFixed(1)} s`).join(', ')}; the validator runs beside Astro)`,
);
if (values.timings) {
  writeFileSync(
    values.timings,
    `${JSON.stringify({ total, steps: timings.map((item) => ({ ...item, peakMiB: item.peakBytes === null ? null : item.peakBytes / MIB })) }, null, 2)}\n`,
  );
}
