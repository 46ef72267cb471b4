/**
 * Reads a script's command line. Node's `parseArgs` answers a mistyped option
 * with a stack trace; here a mistake gets a sentence saying what was wrong,
 * the option that was probably meant, and how to see the usage, then exit
 * code 2. `--help` (or `-h`) prints the usage: the script's own opening
 * comment, so that it is written once.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest } from './closest.ts';

/** How the reader ran the script (`npm run new`, or `node scripts/new.ts`), and how to ask it for help. */
export function commandName(script: string): { name: string; help: string } {
  const event = process.env.npm_lifecycle_event;
  if (event !== undefined && (process.env.npm_lifecycle_script ?? '').includes(basename(script))) {
    return { name: `npm run ${event}`, help: `npm run ${event} -- --help` };
  }
  const name = `node ${relative(process.cwd(), script)}`;
  return { name, help: `${name} --help` };
}

/** The script's opening comment, without its comment marks. */
export function usageOf(script: string): string {
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(readFileSync(script, 'utf8'))?.[1] ?? '';
  return comment
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/**
 * What is wrong with `args` for `config`, in words, or null when nothing is
 * (or when the mistake is not one foreseen here). Exported for the tests;
 * scripts call `readCommandLine`.
 */
export function commandLineMistake(config: ParseArgsConfig, args: readonly string[]): string | null {
  const options = config.options ?? {};
  const names = Object.keys(options);
  const byShort = new Map(names.flatMap((name) => (options[name]?.short ? [[options[name].short!, name] as const] : [])));
  const { tokens } = parseArgs({ ...config, args: [...args], strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && !config.allowPositionals) {
      return `"${token.value}" is not one of its options, which all start with --.`;
    }
    if (token.kind !== 'option') continue;
    const name = options[token.name] ? token.name : byShort.get(token.name);
    if (name === undefined) {
      const meant = closest(token.name, [...names, 'help']);
      if (meant) return `there is no option ${token.rawName}. Did you mean --${meant}?`;
      return names.length === 0
        ? `there is no option ${token.rawName}: it takes none but --help.`
        : `there is no option ${token.rawName}. Its options are ${names.map((known) => `--${known}`).join(', ')}.`;
    }
    // Without a value, `--cache --json` reads `--json` as the value, where the strict reading refuses it.
    if (options[name]!.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      return `the option --${name} needs a value after it, as in --${name} <value>.`;
    }
    if (options[name]!.type === 'boolean' && token.inlineValue) {
      return `the option --${name} takes no value: write --${name} alone.`;
    }
  }
  return null;
}

/**
 * `parseArgs` for a script, with a mistake said in words (exit code 2) and `--help` answered with
 * the script's usage (exit code 0). `script` is the script's own file: `import.meta.filename`.
 */
export function readCommandLine<T extends ParseArgsConfig>(script: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  const ends = args.indexOf('--');
  const own = ends === -1 ? args : args.slice(0, ends);
  const options = config.options ?? {};
  if ((own.includes('--help') && !options.help) || (own.includes('-h') && !Object.values(options).some((o) => o.short === 'h'))) {
    console.log(usageOf(script));
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    if (!(error instanceof TypeError && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_'))) throw error;
    // Said in words; Node's own message, without its stack, for a mistake not foreseen here.
    const { name, help } = commandName(script);
    console.error(`${name}: ${commandLineMistake(config, args) ?? error.message}\n${help} shows how to use it.`);
    process.exit(2);
  }
}
