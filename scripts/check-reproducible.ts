/**
 * Builds the site twice from the same commit, into two scratch folders, and
 * compares every file byte for byte; then builds the first again with its
 * caches kept, as a rebuild on an editor's machine does, and compares that
 * with the second: what a rebuild takes from its caches (Astro's content
 * store, the search index) must give the files a build from nothing writes. The build day comes from
 * SOURCE_DATE_EPOCH (the commit's time unless set), as a release build would
 * fix it. Prints the figures; exits 1 when any file differs.
 *
 *   node scripts/check-reproducible.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { exitWhenWritten } from './lib/exit.ts';

const root = join(import.meta.dirname, '..');
const epoch =
  process.env.SOURCE_DATE_EPOCH ??
  (() => {
    try {
      return execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return String(Math.floor(Date.now() / 1000));
    }
  })();

/** Builds into `out`; says why and returns false when the build fails. */
function build(out: string): boolean {
  // Each build with its own empty caches.
  const env = {
    ...process.env,
    SOURCE_DATE_EPOCH: epoch,
    PORTAL_OUT: out,
    PORTAL_CACHE: join(out, '..', `${basename(out)}-cache`),
  };
  // The whole build, as npm run build runs it.
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`Reproducibility: the build failed:\n${result.stderr || result.stdout}`);
    return false;
  }
  return true;
}

function hashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else result.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return result;
}

/** Prints how two builds differ; returns the files that do. */
function compare(what: string, a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = names.filter((name) => a.get(name) !== b.get(name));
  const searchIndex = differing.filter((name) => name.startsWith('pagefind/'));
  const others = differing.filter((name) => !name.startsWith('pagefind/'));
  console.log(
    `Reproducibility, ${what}: ${names.length} files compared; ${others.length} differ outside the search index; ${searchIndex.length} differ in pagefind/.`,
  );
  for (const name of differing.slice(0, 20)) console.log(`  differs: ${name}`);
  return differing;
}

const first = mkdtempSync(join(tmpdir(), 'portal-build-a-'));
const second = mkdtempSync(join(tmpdir(), 'portal-build-b-'));
// Removed however the check ends, process.exit included, which skips `finally`.
process.on('exit', () => {
  for (const folder of [first, second]) {
    rmSync(folder, { recursive: true, force: true });
    rmSync(`${folder}-cache`, { recursive: true, force: true });
  }
});
if (!build(first) || !build(second)) await exitWhenWritten(1);
const b = hashes(second);
const differing = compare('two builds from nothing', hashes(first), b);
// The first folder's caches are kept.
if (!build(first)) await exitWhenWritten(1);
differing.push(...compare('a rebuild with the caches kept and a build from nothing', hashes(first), b));
process.exitCode = differing.length > 0 ? 1 : 0;
