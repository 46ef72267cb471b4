/**
 * The scripts' command lines: a mistyped or misused option is answered with a
 * sentence and the option probably meant, never a stack trace, and `--help`
 * prints the script's own usage.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLineMistake, usageOf } from '../../scripts/lib/command-line.ts';

const root = join(import.meta.dirname, '../..');
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // As a reader's shell runs it, not as npm runs the tests.
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_lifecycle_'))),
  });

const config = {
  options: {
    format: { type: 'string' },
    json: { type: 'boolean' },
    'errors-only': { type: 'boolean' },
    cache: { type: 'string', short: 'c' },
  },
} as const;

describe('a mistake on the command line', () => {
  it('names an unknown option and the one probably meant', () => {
    expect(commandLineMistake(config, ['--formt', 'github'])).toBe('there is no option --formt. Did you mean --format?');
    expect(commandLineMistake(config, ['--errors-onyl'])).toBe('there is no option --errors-onyl. Did you mean --errors-only?');
  });

  it('suggests --help, and says when a script takes no other option', () => {
    expect(commandLineMistake(config, ['--hlep'])).toBe('there is no option --hlep. Did you mean --help?');
    expect(commandLineMistake({ options: {} }, ['--all'])).toBe('there is no option --all: it takes none but --help.');
  });

  it('lists the options when no known one is near', () => {
    expect(commandLineMistake(config, ['--banana'])).toBe(
      'there is no option --banana. Its options are --format, --json, --errors-only, --cache.',
    );
  });

  it('says when an option lacks its value, at the end or before another option', () => {
    const missing = 'the option --cache needs a value after it, as in --cache <value>.';
    expect(commandLineMistake(config, ['--cache'])).toBe(missing);
    expect(commandLineMistake(config, ['--cache', '--json'])).toBe(missing);
    expect(commandLineMistake(config, ['-c'])).toBe(missing);
  });

  it('says when a switch is given a value', () => {
    expect(commandLineMistake(config, ['--json=yes'])).toBe('the option --json takes no value: write --json alone.');
  });

  it('says when a word is not an option, unless the script takes such words', () => {
    expect(commandLineMistake(config, ['github'])).toBe('"github" is not one of its options, which all start with --.');
    expect(commandLineMistake({ ...config, allowPositionals: true }, ['decision', '--json'])).toBeNull();
  });

  it('finds nothing wrong in a correct command line', () => {
    expect(commandLineMistake(config, ['--format', 'github', '--json', '-c', 'folder', '--cache=other'])).toBeNull();
    expect(commandLineMistake(config, [])).toBeNull();
  });
});

describe('the scripts', () => {
  it('answer a mistyped option with the option meant and exit code 2, without a stack trace', () => {
    const validate = run('validate.ts', ['--formt', 'github']);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toBe(
      'node scripts/validate.ts: there is no option --formt. Did you mean --format?\n' +
        'node scripts/validate.ts --help shows how to use it.\n',
    );
    const created = run('new.ts', ['decision', '--comittee', 'CCPR']);
    expect(created.status).toBe(2);
    expect(created.stderr).toContain('there is no option --comittee. Did you mean --committee?');
    expect(created.stderr).not.toMatch(/TypeError|\n\s+at /);
  });

  it('print their usage, from their opening comment, on --help', () => {
    const help = run('validate.ts', ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(`${usageOf(join(root, 'scripts/validate.ts'))}\n`);
    expect(help.stdout).toMatch(/^Checks all content without building the site\.\n/);
    expect(help.stdout).toContain('npm run validate -- --errors-only');
    expect(help.stdout).not.toMatch(/^\s*\*/m);
  });
});
