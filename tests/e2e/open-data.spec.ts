/**
 * Open data, feeds and citations: the real site's downloads validate against
 * their published schemas and hold as many records as the site shows; its
 * feeds and calendar are well-formed; and, on the reader fixture, a decision
 * can be cited, downloaded and reached by its symbol, word for word.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from '@playwright/test';
import { dictionaries } from '../../src/i18n/index.ts';
import { buildDay } from '../../src/lib/build-info.ts';
import { DOWNLOAD_NAMES, downloadFields, meaningKey } from '../../src/lib/download-fields.ts';
import { parseCsv } from '../../src/lib/export.ts';
import { replyPeriod } from '../../src/lib/follow-up.ts';
import { bundled, content } from './content.ts';
import { readerFixtureUrl } from './sites.ts';

const decisions = bundled.decisions;
const committees = new Map(bundled.committees.map((entry) => [entry.id, entry.data]));
// A calendar event for each decision whose reply period a source states.
const withDeadline = decisions.filter(
  (entry) => replyPeriod(entry, committees.get(entry.data.committee.id), bundled.followups, buildDay()) !== null,
);

test('every download validates against its published JSON Schema and counts what the site shows', async ({ request, page }) => {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  const expected = { decisions: decisions.length, followups: bundled.followups.length, meetings: bundled.meetings.length };
  for (const [name, count] of Object.entries(expected)) {
    const schema = await (await request.get(`/data/schema/${name}.schema.json`)).json();
    const data = await (await request.get(`/data/${name}.json`)).json();
    const validate = ajv.compile(schema);
    expect(validate(data), `${name}.json: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(data.count).toBe(count);
    expect(data[name]).toHaveLength(count);
    expect(data.licence.url).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(data.built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  await page.goto('/en/data/');
  await expect(page.locator('[data-count="decisions"]')).toHaveText(String(decisions.length));
  await page.goto('/en/');
  await expect(page.getByText(`${decisions.length} decisions recorded`)).toBeVisible();
});

for (const locale of ['kk', 'ru'] as const) {
  test(`${locale}: every field of every download is explained in the reader's language`, async ({ page }) => {
    const t = dictionaries[locale] as Record<string, string>;
    await page.goto(`/${locale}/data/`);
    for (const name of DOWNLOAD_NAMES) {
      const heading = page.getByRole('heading', { name: t['data.fields']!.replace('{file}', t[`data.${name}`]!) });
      const fields = page.locator('section').filter({ has: heading });
      await expect(fields.getByRole('term')).toHaveText(downloadFields(name).map(({ field }) => new RegExp(`^\\s*${field}\\s`)));
      await expect(fields.getByRole('definition')).toHaveText(
        downloadFields(name).map(({ field }) => t[meaningKey(name, field)]!.replaceAll('`', '')),
      );
    }
    await expect(page.getByRole('main').locator('[lang]')).toHaveCount(0);
  });
}

test('the Atom feeds are well-formed, with one entry per dated decision and unique ids', async ({ page, request }) => {
  await page.goto('/en/');
  for (const path of [
    '/en/feeds/decisions.xml',
    '/ru/feeds/decisions.xml',
    '/en/feeds/committees/cat.xml',
    '/kk/feeds/follow-up.xml',
  ]) {
    const xml = await (await request.get(path)).text();
    const summary = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const ids = [...doc.querySelectorAll('entry > id')].map((node) => node.textContent);
      return { error, root: doc.documentElement.namespaceURI, ids, updated: doc.querySelector('feed > updated')?.textContent };
    }, xml);
    expect(summary.error, path).toBeNull();
    expect(summary.root).toBe('http://www.w3.org/2005/Atom');
    expect(new Set(summary.ids).size).toBe(summary.ids.length);
    expect(summary.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    if (path === '/en/feeds/committees/cat.xml')
      expect(summary.ids).toHaveLength(decisions.filter((entry) => entry.data.committee.id === 'CAT').length);
  }
});

test('the calendar has one event per stated reply period, with no verdict', async ({ request }) => {
  const text = await (await request.get('/data/deadlines.ics')).text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(withDeadline.length);
  expect(text).not.toMatch(/overdue|due:/i);
});

/** What is published of given decisions, on the reader fixture: frozen entries. */
test.describe('on the reader fixture', () => {
  test.use({ baseURL: readerFixtureUrl });

  test('the CSV files open as one row per entry, with Cyrillic text intact', async ({ request }) => {
    const response = await request.get('/data/decisions.csv');
    expect(response.headers()['content-type']).toContain('text/csv');
    const text = (await response.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(content.decisions.length + 1);
    const header = rows[0]!;
    const row = rows.find((cells) => cells[0] === 'ccpr-2521-2015')!;
    expect(row[header.indexOf('symbols')]).toBe('CCPR/C/130/D/2521/2015');
    expect(row[header.indexOf('summary_kk')]).toContain('Құқық қорғаушы Ermek Narymbaev');
    const followups = parseCsv((await (await request.get('/data/followups.csv')).body()).toString('utf8'));
    expect(followups).toHaveLength(content.followups.length + 1);
  });

  test('each decision has its own JSON and citations beside it', async ({ request }) => {
    const record = await (await request.get('/data/decisions/ccpr-2521-2015.json')).json();
    expect(record.decision).toMatchObject({ id: 'ccpr-2521-2015', committee: 'CCPR', communications: ['2521/2015'] });
    expect(await (await request.get('/data/decisions/ccpr-2521-2015.bib')).text()).toContain('@misc{ccpr-2521-2015,');
    expect(await (await request.get('/data/decisions/ccpr-2521-2015.ris')).text()).toMatch(/^TY {2}- CASE/);
    expect((await (await request.get('/data/decisions/ccpr-2521-2015.csl.json')).json())[0].type).toBe('legal_case');
  });

  test('a decision page offers its citation as text, with a working copy button', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/decisions/ccpr-2521-2015/');
    const cite = page.getByRole('region', { name: 'Cite this decision' });
    const expected =
      'Ermek Narymbaev v. Kazakhstan, Human Rights Committee, communication No. 2521/2015, Views adopted on 6 November 2020, CCPR/C/130/D/2521/2015.';
    await expect(cite.locator('blockquote')).toHaveText(expected);
    await cite.getByRole('button', { name: 'Copy the citation' }).click();
    await expect(cite.getByRole('status')).toHaveText('Citation copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(cite.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', '/data/decisions/ccpr-2521-2015.bib');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the citation text is there', async ({ page }) => {
      await page.goto('/ru/decisions/ccpr-2521-2015/');
      await expect(page.locator('blockquote')).toContainText('сообщение № 2521/2015');
    });
  });

  test('a decision is reached from its UN symbol or its communication number', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/symbol/CCPR/C/130/D/2521/2015/');
    await expect(page).toHaveURL(/\/en\/decisions\/ccpr-2521-2015\/$/);
    await page.goto('/communication/cat/444-2010/');
    await expect(page).toHaveURL(/\/en\/decisions\/cat-444-2010\/$/);
    await context.close();
  });

  test('pages describe themselves to search engines and social sites', async ({ page, request }) => {
    await page.goto('/en/decisions/ccpr-2521-2015/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/decisions\/ccpr-2521-2015\/$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Ermek Narymbaev v. Kazakhstan');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({
      '@type': 'CreativeWork',
      dateCreated: '2020-11-06',
      identifier: expect.arrayContaining(['CCPR/C/130/D/2521/2015']),
    });
    // robots.txt names the sitemap's index, which names the sitemaps.
    const robots = await (await request.get('/robots.txt')).text();
    const index = await (await request.get(new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]!).pathname)).text();
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    const sitemap = (await Promise.all(listed.map(async (path) => (await request.get(path)).text()))).join('\n');
    for (const locale of ['kk', 'ru', 'en']) expect(sitemap).toContain(`/${locale}/decisions/ccpr-2521-2015/</loc>`);
    expect(sitemap).toMatch(/hreflang="x-default" href="[^"]+\/kk\/decisions\/ccpr-2521-2015\/"/);
    expect(sitemap).not.toMatch(/\/editors\/|\/symbol\/|\.json</);
  });
});
