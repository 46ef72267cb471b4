/**
 * `npm run build` (scripts/build.ts) when something goes wrong: on an invalid
 * entry it stops with the validator's message, and whatever stopped it, the
 * site of the last build stays where it was, so an editor's mistake never
 * takes away the site they were looking at.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment } from './astro-build.ts';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'portal-build-stops-'));
const content = join(scratch, 'project/src/content');
const out = join(scratch, 'site');
const environment = { ...buildEnvironment, PORTAL_CONTENT: content, PORTAL_OUT: out, PORTAL_CACHE: join(scratch, 'cache') };
const entry = join(content, 'decisions/cat-444-2010.md');
const page = join(out, 'en/decisions/cat-444-2010/index.html');

/** The build as `npm run build` runs it, on the scratch content. */
function build() {
  return spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, env: environment, encoding: 'utf8' });
}

/** Writes the entry with its outcome misspelt, or as it was. */
function misspell(wrong: boolean) {
  const text = readFileSync(entry, 'utf8');
  writeFileSync(
    entry,
    wrong ? text.replace(/^outcome: .*$/m, 'outcome: violaton') : text.replace(/^outcome: violaton$/m, 'outcome: violation'),
  );
}

/** Nothing but the site and the caches beside it once a build has ended. */
const leftBeside = () => readdirSync(scratch).filter((name) => name.startsWith('site.'));

describe('a build that stops', () => {
  cpSync(join(root, 'tests/fixtures/routes/src/content'), content, { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('on an invalid entry, names it and keeps the site of the last build as it was', () => {
    expect(build().status).toBe(0);
    const before = readFileSync(page, 'utf8');

    misspell(true);
    const stopped = build();
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toMatch(/src\/content\/decisions\/cat-444-2010\.md\n\s+\d+:1\s+error\s+outcome: write one of/);
    expect(stopped.stdout + stopped.stderr).not.toMatch(/\n\s+at /);
    expect(stopped.stderr).toContain(
      `The build stopped: correct the entries named above, then build again. The site of the last build is still in ${out}.`,
    );
    expect(readFileSync(page, 'utf8')).toBe(before);
    expect(existsSync(join(out, 'pagefind/en/pagefind-entry.json'))).toBe(true);
    expect(leftBeside()).toEqual([]);
  }, 120_000);

  it('stopped part way, as by Ctrl-C, keeps the site of the last build; the next build replaces it', async () => {
    misspell(false);
    const before = readFileSync(page, 'utf8');
    // The build and Astro in a process group of their own, stopped together once Astro has begun writing.
    const running = spawn(process.execPath, [join(root, 'scripts/build.ts')], {
      cwd: root,
      env: environment,
      stdio: 'ignore',
      detached: true,
    });
    let exited = false;
    const ended = new Promise((done) => running.on('exit', done)).then(() => (exited = true));
    while (!exited && !existsSync(join(`${out}.next`, 'en'))) await new Promise((wait) => setTimeout(wait, 50));
    expect(exited, 'the build ended before Astro wrote a page').toBe(false);
    process.kill(-running.pid!, 'SIGINT');
    await ended;
    expect(readFileSync(page, 'utf8')).toBe(before);

    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^outcome: .*$/m, 'outcome: no-violation'));
    expect(build().status).toBe(0);
    expect(readFileSync(page, 'utf8')).not.toBe(before);
    expect(leftBeside()).toEqual([]);
  }, 120_000);

  it('stopped as it put the new site in place, puts the last one back', () => {
    // Between its two renames, a build leaves the last site under another name and none in its place.
    const before = readFileSync(page, 'utf8');
    renameSync(out, `${out}.replaced`);
    misspell(true);
    const stopped = build();
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain(`The site of the last build is still in ${out}.`);
    expect(readFileSync(page, 'utf8')).toBe(before);
    expect(leftBeside()).toEqual([]);
  }, 120_000);

  it('shows the whole report when it is long, down to its last line', () => {
    misspell(false);
    // 400 entries with unreadable fields: about 90 KB of report, more than a pipe holds at once.
    const broken = Array.from({ length: 400 }, (_, index) => join(content, `decisions/ccpr-${9000 + index}-2020.md`));
    for (const file of broken) writeFileSync(file, '---\ncommittee: [unclosed\n---\nA summary.\n');
    const stopped = build();
    for (const file of broken) rmSync(file);
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toContain('src/content/decisions/ccpr-9399-2020.md\n');
    expect(stopped.stdout).toMatch(
      /✖ 400 errors and \d+ warnings in 400 files\. Correct the errors, then run npm run validate again\.\n/,
    );
  }, 120_000);
});
