/**
 * Writes the small files each decision has beside its page, after `astro build`:
 *
 * - /data/decisions/<id>.json, .bib, .ris and .csl.json, from the records of
 *   /data/decisions.json and the citation functions the page uses;
 * - /symbol/<symbol>/ and /communication/<committee>/<number>/, the redirects to
 *   the decision, from the one redirect page Astro rendered as a template.
 *
 * Astro spends about a millisecond on every route it renders, however small;
 * with four data files and two redirects per decision that was most of the
 * build at scale (docs/performance.md). Here each file is a plain write.
 * `astro dev` still serves the same addresses from the routes in src/pages.
 *
 *   node scripts/build-decision-files.ts [--site dist] [--content src/content]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import matter from 'gray-matter';
import { useTranslations } from '../src/i18n/index.ts';
import { bibtex, citationInputOf, cslJson, ris } from '../src/lib/citation.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { REDIRECT_TEMPLATE, redirectPath } from '../src/lib/redirects.ts';
import type { DecisionRecord } from '../src/schemas/export.ts';
import { DATA_LICENCE } from '../src/schemas/export.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine(import.meta.filename, {
  options: {
    site: { type: 'string', default: process.env.PORTAL_OUT ?? 'dist' },
    content: { type: 'string', default: process.env.PORTAL_CONTENT ?? 'src/content' },
  },
});
const site = values.site!;

function fail(message: string): never {
  console.error(`Decision files: ${message}`);
  process.exit(1);
}

const decisionsFile = join(site, 'data/decisions.json');
if (!existsSync(decisionsFile)) fail(`${decisionsFile} is missing; run astro build first`);
const { built, decisions } = JSON.parse(readFileSync(decisionsFile, 'utf8')) as { built: string; decisions: DecisionRecord[] };

/** Committee names in English, as the citations give them. */
const committeeNames = new Map(
  readdirSync(join(values.content!, 'committees'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { data } = matter(readFileSync(join(values.content!, 'committees', name), 'utf8'));
      return [String(data.code), String(data.name)] as const;
    }),
);

let written = 0;
/** Folders made already: 40,000 of the files at 10,000 decisions share one. */
const folders = new Set<string>();
function write(path: string, text: string) {
  const file = join(site, path);
  const folder = dirname(file);
  if (!folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    folders.add(folder);
  }
  writeFileSync(file, text);
  written += 1;
}

const { t, list } = useTranslations('en');
/** The outcome with its basis, as the decision page's citation note gives it. */
function findingNote(record: DecisionRecord): string {
  const basis = t(`finding.basis.${record.outcomeSource ?? 'inferred'}`, { reporters: list(record.outcomeReportedBy) });
  return `${t(`outcome.${record.outcome!}`)} (${basis})`;
}
for (const record of decisions) {
  write(`data/decisions/${record.id}.json`, JSON.stringify({ licence: DATA_LICENCE, built, decision: record }));
  const input = citationInputOf(
    record.id,
    record,
    committeeNames.get(record.committee) ?? fail(`no committee ${record.committee} in ${values.content}`),
    // The decision's page in English, as the record gives it.
    record.url,
    t,
    'en',
    record.outcome === null ? null : findingNote(record),
  );
  write(`data/decisions/${record.id}.bib`, bibtex(input));
  write(`data/decisions/${record.id}.ris`, ris(input));
  write(`data/decisions/${record.id}.csl.json`, JSON.stringify(cslJson(input)));
}

// The redirects: the template page Astro rendered, with the decision and the label filled in.
const templateFile = join(site, redirectPath.symbol(REDIRECT_TEMPLATE.label), 'index.html');
if (!existsSync(templateFile)) fail(`${templateFile} is missing; run astro build first`);
const template = readFileSync(templateFile, 'utf8');
rmSync(join(site, redirectPath.symbol(REDIRECT_TEMPLATE.label)), { recursive: true });
const redirect = (id: string, label: string) =>
  template.replaceAll(REDIRECT_TEMPLATE.id, id).replaceAll(REDIRECT_TEMPLATE.label, escapeHtml(label));
for (const record of decisions) {
  for (const symbol of record.symbols) write(join(redirectPath.symbol(symbol), 'index.html'), redirect(record.id, symbol));
  for (const number of record.communications) {
    write(
      join(redirectPath.communication(record.committee, number), 'index.html'),
      redirect(record.id, `${record.committee} ${number}`),
    );
  }
}

console.log(`Decision files: ${written} files written for ${decisions.length} decisions`);
