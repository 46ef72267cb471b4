/**
 * Checks all content without building the site.
 *
 *   npm run validate                  problems grouped by file, then a total
 *                                     (and the warnings counted by kind)
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
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateContent, warningsByKind, type Result } from './lib/validate.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    /** The project folder; the tests point it at fixture content. */
    root: { type: 'string', default: join(import.meta.dirname, '..') },
    format: { type: 'string', default: 'text' },
    json: { type: 'boolean', default: false },
    'errors-only': { type: 'boolean', default: false },
    cache: { type: 'string' },
  },
});

const all = validateContent(values.root!, { cache: values.cache });
const results = values['errors-only'] ? all.filter((result) => result.severity === 'error') : all;
const errors = all.filter((result) => result.severity === 'error').length;
const warnings = all.length - errors;
const files = new Set(results.map((result) => result.file)).size;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

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
  if (values['errors-only']) return [];
  const fields = Object.entries(byKind.missing).map(([field, count]) => `${field} in ${count}`);
  const lines = [
    byKind.incomplete && `${plural(byKind.incomplete, 'decision')} incomplete, where no source states yet: ${fields.join(', ')}`,
    byKind.uncertain &&
      `${plural(byKind.uncertain, 'decision')} marked uncertain: confirm ${byKind.uncertain === 1 ? 'its' : 'their'} facts against the UN document`,
    byKind['no-text'] && `${byKind['no-text']} ${byKind['no-text'] === 1 ? 'entry' : 'entries'} with no text yet`,
  ];
  return lines.filter((line) => typeof line === 'string');
}

const total = `${plural(errors, 'error')} and ${plural(warnings, 'warning')}${files ? ` in ${plural(files, 'file')}` : ''}`;
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
    '',
  ].join('\n');
}

if (values.json) {
  console.log(JSON.stringify({ errors, warnings, warningsByKind: byKind, results }, null, 2));
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
  console.log(verdict);
} else {
  console.error(`Unknown --format ${values.format}: use text or github`);
  process.exit(2);
}

// Not process.exit: it would cut a long report short when it goes to a pipe (the build, CI).
process.exitCode = errors > 0 ? 1 : 0;
