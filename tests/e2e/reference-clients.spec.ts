/**
 * The open formats read by the clients that readers use, as they get them
 * from the site: the Atom feeds by feedparser, the calendar by ical.js, each
 * decision's RIS, BibTeX and CSL-JSON by citation-js (CSL-JSON rendered by
 * citeproc), and each decision's JSON by ajv against the published schema,
 * its formats (`uri`) included.
 * What a client reads differently from what the portal means is noted in
 * docs/standards.md.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import FeedParser from 'feedparser';
import ICAL from 'ical.js';
import { LOCALES } from '../../src/i18n/index.ts';

const dist = join(import.meta.dirname, '../../dist');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const text = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
};

type ParsedFeed = { meta: FeedParser.Meta; items: FeedParser.Item[] };

function parseFeed(xml: string): Promise<ParsedFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true, addmeta: false });
    const items: FeedParser.Item[] = [];
    let meta: FeedParser.Meta | undefined;
    parser.on('meta', (value: FeedParser.Meta) => (meta = value));
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('error', reject);
    parser.on('end', () => resolve({ meta: meta!, items }));
    Readable.from([xml]).pipe(parser);
  });
}

/** The feeds the build wrote, as paths on the site. */
const feedPaths = LOCALES.flatMap((locale) =>
  (readdirSync(join(dist, locale, 'feeds'), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.xml'))
    .map((file) => `/${locale}/feeds/${file.split('\\').join('/')}`),
);

test('every feed parses in feedparser as Atom, is dated, and names each entry by an id of its own language that no host changes', async ({
  request,
}) => {
  expect(feedPaths.length).toBeGreaterThan(0);
  const languageOf = new Map<string, string>();
  for (const path of feedPaths) {
    const locale = path.split('/')[1]!;
    const { meta, items } = await parseFeed(await text(request, path));
    expect(meta['#type'], path).toBe('atom');
    expect(meta.language, path).toBe(locale);
    expect(meta.xmlurl, path).toMatch(new RegExp(`/${locale}/feeds/`));
    // A feed with no entry is not published: its date would be made up.
    expect(items.length, path).toBeGreaterThan(0);
    expect(meta.date!.getUTCFullYear(), path).toBeGreaterThan(1970);
    const ids = items.map((item) => item.guid);
    expect(new Set(ids).size, path).toBe(ids.length);
    for (const item of items) {
      expect(item.guid, path).toMatch(/^urn:uuid:/);
      expect(UUID.test(item.guid.slice('urn:uuid:'.length)), `${path}: ${item.guid}`).toBe(true);
      expect(item.date, `${path}: ${item.guid}`).toBeInstanceOf(Date);
      expect(item.link, `${path}: ${item.guid}`).toMatch(new RegExp(`/${locale}/`));
      const other = languageOf.get(item.guid);
      expect(other === undefined || other === locale, `${item.guid} is in the ${other} and ${locale} feeds`).toBe(true);
      languageOf.set(item.guid, locale);
    }
  }
});

test('the pages of a committee and of the follow-up board link their own feeds, and each linked feed exists', async ({
  page,
  request,
}) => {
  for (const path of ['/ru/committees/ccpr/', '/kk/follow-up/']) {
    await page.goto(path);
    const links = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    const hrefs = await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href')!));
    expect(hrefs.length, path).toBeGreaterThan(1);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('the calendar parses in ical.js, each event with a UID that no host changes', async ({ request }) => {
  const calendar = new ICAL.Component(ICAL.parse(await text(request, '/data/deadlines.ics')));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const uids = calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(event.getFirstPropertyValue('summary')).toBeTruthy();
    return String(event.getFirstPropertyValue('uid'));
  });
  for (const uid of uids) expect(uid).toMatch(UUID);
  expect(new Set(uids).size).toBe(uids.length);
});

test('each decision reads in citation-js from RIS and BibTeX as its CSL-JSON says, and its CSL-JSON renders', async ({
  request,
}) => {
  const ids = readdirSync(join(dist, 'data/decisions'))
    .filter((file) => file.endsWith('.csl.json'))
    .map((file) => file.slice(0, -'.csl.json'.length));
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    const [csl] = JSON.parse(await text(request, `/data/decisions/${id}.csl.json`));
    expect(csl.type, id).toBe('legal_case');

    const [ris] = new Cite(await text(request, `/data/decisions/${id}.ris`), { forceType: '@ris/file' }).data;
    expect(ris, `${id}.ris`).toMatchObject({
      type: 'legal_case',
      title: csl.title,
      authority: csl.authority,
      URL: csl.URL,
      ...(csl.issued ? { issued: csl.issued } : {}),
    });

    const [bib] = new Cite(await text(request, `/data/decisions/${id}.bib`)).data;
    expect(bib, `${id}.bib`).toMatchObject({ id, title: csl.title, ...(csl.issued ? { issued: csl.issued } : {}) });
    // citation-js escapes the `%` of a BibTeX URL once more (docs/standards.md).
    expect(decodeURI(bib!.URL ?? ''), `${id}.bib`).toBe(csl.URL);

    const rendered = new Cite(csl).format('bibliography', { template: 'apa', lang: 'en-US' }) as string;
    // The style sets titles in title case.
    expect(rendered.toLowerCase(), id).toContain(csl.title.toLowerCase());
    if (csl.number) expect(rendered, id).toContain(csl.number);
  }
});

test("each decision's own JSON validates against the published schema of a decision", async ({ request }) => {
  const schema = JSON.parse(await text(request, '/data/schema/decisions.schema.json'));
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema(schema, 'decisions');
  const validate = ajv.getSchema('decisions#/properties/decisions/items')!;
  const files = readdirSync(join(dist, 'data/decisions')).filter((file) => /^[^.]+\.json$/.test(file));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const { decision } = JSON.parse(await text(request, `/data/decisions/${file}`));
    expect(validate(decision), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  }
});
