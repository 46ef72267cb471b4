/**
 * Checks every built page and SVG with the W3C Nu Html Checker
 * (the `vnu-jar` package, the checker behind validator.w3.org/nu), in one
 * run of the checker for the whole site. It needs Java 17 or later: when
 * there is none and it runs as root on Debian or Ubuntu, it installs
 * `default-jre-headless`; elsewhere it says what to install.
 *
 *   node scripts/check-html.ts [--site dist]
 *
 * Prints each error, and each warning not explained in
 * scripts/lib/nu-checker.ts, with its file, line and markup, then one summary
 * line; exits 1 when there is any.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCommandLine } from './lib/command-line.ts';
import { exitWhenWritten } from './lib/exit.ts';
import { describeNuMessage, findJava, JAVA_MAJOR, sortNuMessages, type NuMessage } from './lib/nu-checker.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: { site: { type: 'string', default: 'dist' } },
});
const site = resolve(values.site);
if (!existsSync(join(site, 'index.html'))) {
  console.error(`No built site in ${values.site}: run npm run build first, or name the folder with --site.`);
  await exitWhenWritten(1);
}

function installJava(): void {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return;
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'default-jre-headless'],
  ]) {
    console.log(`$ apt-get ${args.join(' ')}`);
    if (spawnSync('apt-get', args, { stdio: 'inherit' }).status !== 0) return;
  }
}

let java = findJava();
if (java === null) {
  installJava();
  java = findJava();
}
if (java === null) {
  console.error(
    `The HTML check runs the W3C Nu Html Checker, which needs Java ${JAVA_MAJOR} or later: install it (\`sudo apt-get install default-jre-headless\` on Debian or Ubuntu, \`brew install openjdk\` on macOS, or any JDK from adoptium.net), or point JAVA_HOME at one, then run the tests again.`,
  );
  await exitWhenWritten(1);
}

const jar = String(createRequire(import.meta.url)('vnu-jar'));
const run = spawnSync(
  java!,
  [
    '-jar',
    jar,
    '--format',
    'json',
    '--stdout',
    '--exit-zero-always',
    '--skip-non-html',
    // Not the stylesheets: the checker's CSS grammar predates container queries (docs/standards.md).
    '--also-check-svg',
    site,
  ],
  { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 },
);
let messages: NuMessage[];
try {
  messages = (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages;
} catch {
  console.error(`The Nu Html Checker gave no report (exit code ${run.status}):\n${run.stderr || run.stdout}`);
  await exitWhenWritten(1);
}

const display = (url: string) => relative(process.cwd(), url.startsWith('file:') ? fileURLToPath(url) : url);
const report = sortNuMessages(messages!);
for (const message of [...report.errors, ...report.warnings]) console.log(describeNuMessage(message, display));
for (const { why, count } of report.accepted.filter(({ count }) => count > 0)) {
  console.log(`${count} warnings accepted: ${why}.`);
}
console.log(
  `Nu Html Checker: ${report.errors.length} errors in ${report.filesWithErrors} files, ${report.warnings.length} warnings not explained in scripts/lib/nu-checker.ts.`,
);
await exitWhenWritten(report.errors.length + report.warnings.length > 0 ? 1 : 0);
