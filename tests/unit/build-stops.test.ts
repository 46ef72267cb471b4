/**
 * `npm run build` (scripts/build.ts) on an invalid entry: it stops with the
 * validator's message, and the site of the last build stays where it was, so
 * an editor's mistake never takes away the site they were looking at.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment } from './astro-build.ts';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'portal-build-stops-'));
const content = join(scratch, 'project/src/content');
const out = join(scratch, 'site');

/** The build as `npm run build` runs it, on the scratch content. */
function build() {
  return spawnSync(process.execPath, [join(root, 'scripts/build.ts')], {
    cwd: root,
    env: { ...buildEnvironment, PORTAL_CONTENT: content, PORTAL_OUT: out, PORTAL_CACHE: join(scratch, 'cache') },
    encoding: 'utf8',
  });
}

describe('a build stopped by an invalid entry', () => {
  cpSync(join(root, 'src/content'), content, { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  // Two builds of the bundled content: about 5 s here, more on a slower or busier machine.
  it('names the entry and keeps the site of the last build', () => {
    expect(build().status).toBe(0);
    const page = join(out, 'en/decisions/ccpr-2009-2010/index.html');
    const before = readFileSync(page, 'utf8');

    const entry = join(content, 'decisions/ccpr-2009-2010.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^outcome: .*$/m, 'outcome: violaton'));
    const stopped = build();
    expect(stopped.status).toBe(1);
    expect(stopped.stdout).toMatch(/src\/content\/decisions\/ccpr-2009-2010\.md\n\s+\d+:1\s+error\s+outcome: write one of/);
    expect(stopped.stderr).toContain(
      `The build stopped: correct the entries named above, then build again. The site of the last build is still in ${out}.`,
    );

    // The last build's pages are all there, unchanged, and nothing is left aside.
    expect(readFileSync(page, 'utf8')).toBe(before);
    expect(existsSync(join(out, 'pagefind/en/pagefind-entry.json'))).toBe(true);
    expect(readdirSync(scratch).filter((name) => name.startsWith('site.old-'))).toEqual([]);
  }, 120_000);

  it('after a build stopped part way, keeps the last whole site, not the part the stopped build wrote', () => {
    const entry = join(content, 'decisions/ccpr-2009-2010.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^outcome: violaton$/m, 'outcome: violation'));
    expect(build().status).toBe(0);
    const page = join(out, 'en/decisions/ccpr-2009-2010/index.html');
    const before = readFileSync(page, 'utf8');

    // What Ctrl-C leaves while the validator runs: the last site moved aside, Astro's first files in its place.
    renameSync(out, `${out}.old-99999`);
    mkdirSync(join(out, 'en'), { recursive: true });
    writeFileSync(join(out, 'en/partial.html'), 'begun');

    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^outcome: .*$/m, 'outcome: violaton'));
    const stopped = build();
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain(`The site of the last build is still in ${out}.`);
    expect(readFileSync(page, 'utf8')).toBe(before);
    expect(existsSync(join(out, 'en/partial.html'))).toBe(false);
    expect(readdirSync(scratch).filter((name) => /^site\.(old|deleting)-/.test(name))).toEqual([]);
  }, 120_000);

  it('after a build stopped while Astro rendered, says that no whole site is left, and never puts back the part it wrote', () => {
    // What Ctrl-C leaves once the entries are checked: the last site already being deleted, Astro's
    // first files in its place, and the build's marker beside them. The entry is still the invalid one.
    expect(existsSync(`${out}.unfinished`)).toBe(false);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'en'), { recursive: true });
    writeFileSync(join(out, 'en/partial.html'), 'begun');
    writeFileSync(`${out}.unfinished`, 'stopped');

    const stopped = build();
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain(
      `No whole site is left in ${out}: the build before this one was stopped before it finished.`,
    );
    expect(stopped.stderr).not.toContain('The site of the last build is still in');
    expect(existsSync(join(out, 'en/partial.html'))).toBe(false);
    expect(existsSync(`${out}.unfinished`)).toBe(true);

    const entry = join(content, 'decisions/ccpr-2009-2010.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^outcome: violaton$/m, 'outcome: violation'));
    expect(build().status).toBe(0);
    expect(existsSync(join(out, 'en/decisions/ccpr-2009-2010/index.html'))).toBe(true);
    expect(existsSync(`${out}.unfinished`)).toBe(false);
    expect(readdirSync(scratch).filter((name) => /^site\.(old|deleting)-/.test(name))).toEqual([]);
  }, 120_000);

  it('shows the whole report when it is long, down to its last line', () => {
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
