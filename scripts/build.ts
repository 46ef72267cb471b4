/**
 * The build, step by step, as `npm run build` runs it:
 *
 * 1. the validator, on the second core while Astro starts on the first: when
 *    an entry is wrong, Astro is stopped and the editor reads the validator's
 *    message (file, line, field, what to write), never Astro's stack trace,
 *    and the site of the last build is put back in place;
 * 2. `astro build`, which also writes the sitemap and the security headers
 *    (src/build/sitemap-and-headers.ts) and the search index
 *    (src/integrations/pagefind.ts);
 * 3. the small files of each decision (scripts/build-decision-files.ts).
 *
 * Ends with one line saying what each step took. `--timings <file>` also
 * writes the figures as JSON, with peak memory on Linux (the benchmark reads it).
 *
 * Astro keeps its caches in node_modules/.astro: the content it has read, and
 * each decision page with the key of what it showed (src/data/page-keys.ts),
 * so a rebuild renders again only the pages whose content changed; and what
 * the validator found in each file, which it checks again only when the
 * file's text changed. `--fresh` empties
 * the caches first, for a build from nothing, as on a clean checkout.
 *
 *   node scripts/build.ts [--fresh] [--timings build-timings.json]
 *
 * PORTAL_CONTENT and PORTAL_OUT build other content into another folder, as
 * the tests and the benchmark do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { measure, MIB, type Measured } from './lib/measure.ts';
import { readCommandLine } from './lib/command-line.ts';
import { exitWhenWritten } from './lib/exit.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: { timings: { type: 'string' }, fresh: { type: 'boolean', default: false } },
});

const root = join(import.meta.dirname, '..');
const out = process.env.PORTAL_OUT ?? 'dist';
const node = process.execPath;
const script = (name: string) => join(root, 'scripts', name);
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

/** Validator and Astro side by side; Astro's output is held back until the content is known to be valid. */
async function validateAndRenderPages() {
  // What each file's own checks found is kept beside Astro's caches: a rebuild checks again only the
  // files changed since, and the checks across entries on the whole content (scripts/lib/validate.ts).
  const validator = spawn(
    node,
    [script('validate.ts'), '--root', contentRoot(), '--errors-only', '--cache', join(cacheFolder, 'validate')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  yieldTo(validator);
  let report = '';
  validator.stdout.on('data', (chunk) => (report += chunk));
  validator.stderr.on('data', (chunk) => (report += chunk));
  const validatorStarted = performance.now();
  const validated = new Promise<number>((done) => validator.on('close', (code) => done(code ?? 1)));

  let held: Buffer[] | null = [];
  const astro = measure(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    onSpawn: (child) => {
      for (const stream of [child.stdout, child.stderr]) {
        stream?.on('data', (chunk: Buffer) => {
          if (held) held.push(chunk);
          else process.stdout.write(chunk);
        });
      }
    },
  });

  const validatorCode = await validated;
  timings.push({
    step: 'validate',
    code: validatorCode,
    seconds: (performance.now() - validatorStarted) / 1000,
    peakBytes: null,
  });
  if (validatorCode !== 0) {
    astro.stop();
    await astro.done.catch(() => undefined);
    process.stdout.write(report);
    const kept = restoreLastBuild();
    const site = kept
      ? ` The site of the last build is still in ${out}.`
      : lastWasStopped
        ? ` No whole site is left in ${out}: the build before this one was stopped before it finished.`
        : '';
    console.error(`\nThe build stopped: correct the entries named above, then build again.${site}`);
    await exitWhenWritten(1);
  }
  // The content is valid: the last build's folder, moved aside, is deleted while Astro works,
  // under a name that tells a later build it is not whole.
  if (existsSync(lastBuild)) {
    const deleting = `${outFolder}.deleting-${process.pid}-last`;
    renameSync(lastBuild, deleting);
    oldOutput.push(rm(deleting, { recursive: true, force: true }));
  }
  process.stdout.write(report);
  for (const chunk of held) process.stdout.write(chunk);
  held = null;
  const result = await astro.done;
  timings.push({ step: 'astro', ...result });
  if (result.code !== 0) await exitWhenWritten(result.code);
}

/**
 * Lowers the priority of a process that runs beside the one the build waits for
 * (the validator beside Astro): on two cores
 * the slower one then keeps its core whenever both want more than one.
 */
function yieldTo(child: ChildProcess) {
  try {
    if (child.pid) setPriority(child.pid, 10);
  } catch {
    // Not allowed here; the build is only a little slower.
  }
}

async function step(name: string, args: string[]) {
  const result = await measure(node, args).done;
  timings.push({ step: name, ...result });
  if (result.code !== 0) {
    console.error(`Build: the step "${name}" failed.`);
    await exitWhenWritten(result.code);
  }
}

const started = performance.now();
// Astro empties the output folder before it builds, file by file: at 10,000 decisions that
// took half a minute. The last build's folder is moved aside at once, and deleted while Astro
// works once the content is known to be valid; if it is not, it is moved back, so that an
// editor's mistake never takes away the site they were looking at. A folder still aside
// (`.old-`) was left by a build stopped before its content was checked (Ctrl-C): it holds that
// build's last site, whole, and the output folder only what the stopped build had begun, so the
// newest such folder is the last build. Folders being deleted (`.deleting-`) go at once. A build
// stopped later, while Astro rendered, had begun deleting its last site: the marker it left
// (`.unfinished`) says that the output folder is not a whole site, so it is deleted too.
const outFolder = resolve(root, out);
const lastBuild = `${outFolder}.old-${process.pid}`;
// Beside the output folder while a build runs, removed when it has finished or has put the last
// site back: found at the start, it says that the output folder holds only what a stopped build
// had begun (stopped while Astro rendered, when the last site was already being deleted).
const unfinished = `${outFolder}.unfinished`;
const lastWasStopped = existsSync(unfinished);
const parentFolder = dirname(outFolder);
const besideOut = readdirSync(parentFolder);
/** The folders beside the output folder named `<out>.<kind>-…`. */
const aside = (kind: 'old' | 'deleting') =>
  besideOut.filter((name) => name.startsWith(`${basename(outFolder)}.${kind}-`)).map((name) => join(parentFolder, name));
const keptAside = aside('old')
  .map((folder) => ({ folder, modified: statSync(folder).mtimeMs }))
  .sort((a, b) => b.modified - a.modified)
  .map(({ folder }) => folder);
const toDelete = [...aside('deleting'), ...keptAside.slice(1)];
try {
  if (existsSync(outFolder)) {
    if (keptAside[0] || lastWasStopped) {
      renameSync(outFolder, `${outFolder}.deleting-${process.pid}`);
      toDelete.push(`${outFolder}.deleting-${process.pid}`);
    } else renameSync(outFolder, lastBuild);
  }
  if (keptAside[0]) renameSync(keptAside[0], lastBuild);
} catch {
  // Not movable (another program holds it open): Astro empties it as usual.
}
writeFileSync(unfinished, `A build (process ${process.pid}) is writing ${out}, or was stopped before it finished.\n`);
const oldOutput = toDelete.map((folder) => rm(folder, { recursive: true, force: true }));

/** Puts the last build's folder back in place of what Astro had begun to write; whether there was one. */
function restoreLastBuild(): boolean {
  if (!existsSync(lastBuild)) return false;
  try {
    rmSync(outFolder, { recursive: true, force: true });
    renameSync(lastBuild, outFolder);
    rmSync(unfinished, { force: true });
    return true;
  } catch {
    return false;
  }
}
if (values.fresh) rmSync(cacheFolder, { recursive: true, force: true });
await validateAndRenderPages();
await step('decision-files', [script('build-decision-files.ts'), '--site', out]);
await Promise.all(oldOutput);
rmSync(unfinished, { force: true });
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
