/**
 * Every page of the built site, in every language, passes axe's WCAG 2.2 AA
 * rules. The pages are listed from dist/, so a new page is checked without
 * touching this file. They are checked in a few groups (language and section)
 * on one browser page each: a test per page would cost a browser context each
 * for ~300 pages.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { urlPathOf } from '../../scripts/lib/site-links.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LANGUAGES = ['kk', 'ru', 'en'];
/** Sections with fewer pages than this join their language's "other pages", to keep the groups few. */
const SMALLEST_GROUP = 5;
/** Larger sections are split, so no test runs for long and the two workers share the load. */
const LARGEST_GROUP = 30;

const dist = join(import.meta.dirname, '../../dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error('No built site in dist/: run npm run build first.');

/** The address of every index.html under a language folder, e.g. /en/decisions/year/2020/. */
function languagePages(language: string): string[] {
  return (readdirSync(join(dist, language), { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => urlPathOf(`${language}/${file}`))
    .sort();
}

function chunks<T>(items: T[], size: number): T[][] {
  const count = Math.ceil(items.length / size);
  const even = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, index) => items.slice(index * even, (index + 1) * even));
}

function groups(): { name: string; paths: string[] }[] {
  const result = [{ name: 'language choice and not-found page', paths: ['/', '/404.html'] }];
  for (const language of LANGUAGES) {
    const sections = Map.groupBy(languagePages(language), (path) => path.split('/')[2] || 'home');
    const other: string[] = [];
    for (const [section, paths] of sections) {
      if (paths.length < SMALLEST_GROUP) {
        other.push(...paths);
        continue;
      }
      const parts = chunks(paths, LARGEST_GROUP);
      parts.forEach((part, index) =>
        result.push({
          name: `${language} ${section}${parts.length > 1 ? ` (${index + 1} of ${parts.length})` : ''}`,
          paths: part,
        }),
      );
    }
    result.push({ name: `${language} other pages`, paths: other });
  }
  return result;
}

for (const { name, paths } of groups()) {
  test(`no WCAG 2.2 AA violations: ${name}`, async ({ page }) => {
    test.setTimeout(30_000 + paths.length * 10_000);
    const violations: string[] = [];
    for (const path of paths) {
      // The root sends a browser on to its preferred language unless asked to let it choose.
      await page.goto(path === '/' ? '/?choose' : path);
      const results = await new AxeBuilder({ page })
        // Only violations are read: axe then skips detailing every passing element, about half its time.
        // Set before the tags, as options() replaces the options withTags() adds to.
        .options({ resultTypes: ['violations'] })
        .withTags(TAGS)
        // The pages have no frames, so axe can run in the page itself rather than
        // gather its results in a second, blank page for each page checked.
        .setLegacyMode(true)
        .analyze();
      for (const violation of results.violations) {
        const elements = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
        const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
        violations.push(`${path}: ${violation.id} (${violation.impact}) ${violation.help} — ${elements.join(', ')}${more}`);
      }
    }
    expect(violations, `axe violations on ${paths.length} pages`).toEqual([]);
  });
}
