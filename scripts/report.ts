/**
 * Prints the editors' report: decision entries with facts still missing or to
 * be checked, the most incomplete first. Reads the content with the shared
 * schemas; changes nothing.
 *
 *   npm run report
 */
import { join } from 'node:path';
import { useTranslations } from '../src/i18n/index.ts';
import { editorsReport } from '../src/lib/completeness.ts';
import { FIELD_LABELS } from '../src/lib/field-labels.ts';
import { readCommandLine } from './lib/command-line.ts';
import { readContent } from './lib/content-files.ts';

readCommandLine(import.meta.filename, { options: {} });
const root = join(import.meta.dirname, '..');
const { content, problems } = readContent(root);
const { t, plural } = useTranslations('en');
const report = editorsReport(content.decisions);

for (const gap of report) {
  console.log(`src/content/decisions/${gap.id}.md`);
  if (gap.missing.length > 0)
    console.log(`  missing: ${gap.missing.map((field) => `${field} (${t(FIELD_LABELS[field])})`).join(', ')}`);
  if (gap.uncertain) console.log(`  check: ${t('editors.uncertain')}`);
}
console.log(`\n${plural('editors.count', report.length)} of ${content.decisions.length} decisions.`);
if (problems.length > 0) console.log(`${problems.length} entries have errors and are not in this report: run npm run validate.`);
