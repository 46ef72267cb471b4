/**
 * Makes sure the browser tests have a Chromium before they start: uses one
 * that is installed, installs Debian's `chromium` package when running as root
 * on Debian, or Playwright's own download elsewhere; otherwise stops with one
 * sentence saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.ts';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

function describe(): string {
  const browser = findBrowser();
  if (!browser) return '';
  return browser.kind === 'playwright' ? "Playwright's Chromium" : browser.executablePath;
}

if (findBrowser()) {
  console.log(`Browser tests will use ${describe()}.`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
} else {
  run('npx', ['playwright', 'install', 'chromium']);
}

if (findBrowser()) {
  console.log(`Browser tests will use ${describe()}.`);
  process.exit(0);
}
console.error(
  'No Chromium found for the browser tests: install one with `npx playwright install chromium` (or `sudo apt-get install chromium` on Debian), or set CHROMIUM_PATH to a Chromium binary, then run the tests again.',
);
process.exit(1);
