/**
 * Checks all content without building the site.
 *
 *   npm run validate                  checks every entry, and lists every error and the
 *                                     warnings of the files you changed (git's view: the
 *                                     working tree and your branch since main); the
 *                                     warnings of other entries are only counted
 *   npm run validate -- <file or folder>...   the same, listing the warnings of the files named
 *   npm run validate -- --all         lists the warnings of every entry too, counted by kind
 *   npm run validate -- --format github   GitHub annotations, and with GITHUB_STEP_SUMMARY set (as
 *                                     in GitHub Actions) a summary of every error
 *   npm run validate -- --json        machine-readable results
 *   npm run validate -- --errors-only leave out warnings about incomplete entries
 *   npm run validate -- --cache <folder>  keep what each file's own checks found there,
 *                                     and check again only the files changed since
 *                                     (the build gives node_modules/.astro/validate)
 *
 * Exit code 1 when there is any error, 0 otherwise (warnings included).
 */
import { appendFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { validateContent, warningsByKind, type Result } from './lib/validate.ts';
import { changedContentFiles } from './lib/changed-files.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values, positionals } = readCommandLine(import.meta.filename, {
  allowPositionals: true,
  options: {
    /** The project folder; the tests point it at fixture content. */
    root: { type: 'string', default: join(import.meta.dirname, '..') },
    format: { type: 'string', default: 'text' },
    json: { type: 'boolean', default: false },
    'errors-only': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    cache: { type: 'string' },
  },
});

const root = resolve(values.root!);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Whose warnings are listed: the files named, or the files the editor changed, or (undefined)
 * every file, with --all, or outside a git checkout.
 */
function focusOf(): { matches: (file: string) => boolean; said: string } | undefined {
  if (values.all || values['errors-only']) return undefined;
  if (positionals.length > 0) {
    const named = positionals.map((path) => {
      const absolute = resolve(path);
      if (!existsSync(absolute)) {
        console.error(
          `There is no file or folder ${path}: name files under src/content/, e.g. src/content/decisions/ccpr-2521-2015.md`,
        );
        process.exit(2);
      }
      return relative(root, absolute).split(sep).join('/');
    });
    return {
      matches: (file) => named.some((path) => path === '' || file === path || file.startsWith(`${path}/`)),
      said: 'the files named',
    };
  }
  const changed = changedContentFiles(root);
  if (!changed) return undefined;
  return { matches: (file) => changed.files.has(file), said: `the files you changed since main (${changed.base})` };
}

const focus = focusOf();
const all = validateContent(root, { cache: values.cache });
const listed = (result: Result) =>
  result.severity === 'error' || (!values['errors-only'] && (!focus || focus.matches(result.file)));
const results = all.filter(listed);
const errors = all.filter((result) => result.severity === 'error').length;
const warnings = results.length - errors;
const othersWarnings = values['errors-only'] ? 0 : all.length - results.length;
const files = new Set(results.map((result) => result.file)).size;

function githubEscape(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function githubProperty(text: string): string {
  return githubEscape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const byKind = warningsByKind(all);

/**
 * What is left to do over the whole record, for an editor who cannot read every warning; nothing
 * with --errors-only.
 */
function warningKinds(): string[] {
  if (values['errors-only'] || focus) return [];
  const fields = Object.entries(byKind.missing).map(([field, count]) => `${field} in ${count}`);
  const lines = [
    byKind.incomplete && `${plural(byKind.incomplete, 'decision')} incomplete, where no source states yet: ${fields.join(', ')}`,
    byKind.uncertain &&
      `${plural(byKind.uncertain, 'decision')} marked uncertain: confirm ${byKind.uncertain === 1 ? 'its' : 'their'} facts against the UN document`,
    byKind['no-text'] && `${byKind['no-text']} ${byKind['no-text'] === 1 ? 'entry' : 'entries'} with no text yet`,
    byKind.untranslated &&
      `${byKind.untranslated} ${byKind.untranslated === 1 ? 'summary' : 'summaries'} of decisions still to translate (the file to add is named for each)`,
  ];
  return lines.filter((line) => typeof line === 'string');
}

const total = `${plural(errors, 'error')} and ${plural(warnings, 'warning')}${files ? ` in ${plural(files, 'file')}` : ''}`;
/** The warnings not listed, counted: they are other editors' to act on. */
const others =
  focus && othersWarnings > 0
    ? `${plural(othersWarnings, 'warning')} about other entries than ${focus.said} are not listed: npm run validate -- --all lists them.`
    : undefined;
const verdict = errors > 0 ? `✖ ${total}. Correct the errors, then run npm run validate again.` : `✔ No errors (${total}).`;

/**
 * Text for a table cell of GitHub's Markdown, shown as written: a message may quote an entry's
 * Markdown or HTML, which would otherwise be formatted, and a `|` would end the cell.
 */
const cell = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, '\\$&')
    .replace(/\s*\n\s*/g, ' ');

/**
 * The check's summary on the run's page. GitHub shows at most ten annotations of each level a
 * step, so the summary lists the errors, up to a length well within the 1 MiB a summary may take,
 * and counts the warnings by kind.
 */
function githubSummary(): string {
  const listed = 500;
  const errorRows = results
    .filter((result) => result.severity === 'error')
    .map(
      (result) => `| ${cell(result.file)} | ${result.line}:${result.column} | ${cell(result.field)} | ${cell(result.message)} |`,
    );
  const kinds = warningKinds();
  return [
    '## Content check',
    '',
    verdict,
    ...(errorRows.length
      ? ['', '| File | Line | Field | What to correct |', '| --- | --- | --- | --- |', ...errorRows.slice(0, listed)]
      : []),
    ...(errorRows.length > listed
      ? ['', `${errorRows.length - listed} more errors are not listed here: \`npm run validate\` lists each.`]
      : []),
    ...(kinds.length ? ['', 'Warnings, by kind (`npm run validate` lists each):', '', ...kinds.map((line) => `- ${line}`)] : []),
    ...(others ? ['', others] : []),
    '',
  ].join('\n');
}

if (values.json) {
  console.log(JSON.stringify({ errors, warnings, otherWarnings: othersWarnings, warningsByKind: byKind, results }, null, 2));
} else if (values.format === 'github') {
  for (const result of results) {
    const level = result.severity === 'error' ? 'error' : 'warning';
    console.log(
      `::${level} file=${githubProperty(result.file)},line=${result.line},col=${result.column},title=${githubProperty(result.field)}::${githubEscape(result.message)}`,
    );
  }
  console.log(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  // Set by GitHub Actions: a Markdown file shown on the run's page, which each step adds to.
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, githubSummary());
} else if (values.format === 'text') {
  const byFile = new Map<string, Result[]>();
  for (const result of results) byFile.set(result.file, [...(byFile.get(result.file) ?? []), result]);
  for (const [file, list] of byFile) {
    console.log(file);
    for (const result of list) {
      const where = `${result.line}:${result.column}`.padEnd(7);
      console.log(`  ${where} ${result.severity.padEnd(7)} ${result.field}: ${result.message}`);
    }
    console.log('');
  }
  const kinds = warningKinds();
  if (kinds.length > 0) console.log(`Warnings, by kind:\n${kinds.map((line) => `  ${line}`).join('\n')}\n`);
  if (others) console.log(`${others}\n`);
  console.log(verdict);
} else {
  console.error(`Unknown --format ${values.format}: use text or github`);
  process.exit(2);
}

// Not process.exit: it would cut a long report short when it goes to a pipe (the build, CI).
process.exitCode = errors > 0 ? 1 : 0;
