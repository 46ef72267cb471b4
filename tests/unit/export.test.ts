import { describe, expect, it } from 'vitest';
import { decisionRecord, DECISION_CSV_COLUMNS, followupRecord, parseCsv, toCsv } from '../../src/lib/export.ts';
import { decisionRecordSchema, followupRecordSchema } from '../../src/schemas/export.ts';
import { calendar } from '../../src/lib/ical.ts';
import { atomFeed, FEED_ENTRIES } from '../../src/lib/atom.ts';
import { decision, decisions, followups } from './fixtures.ts';

const publisherName = (id: string) => ({ 'ccpr-centre': 'CCPR Centre', ohchr: 'OHCHR' })[id] ?? id;
const context = {
  followups,
  committees: new Map(),
  publisherName,
  today: '2024-01-01',
  url: 'https://example.org/en/decisions/ccpr-2024-2011/',
  summary: { en: 'He said "no", then left.', kk: 'Ол «жоқ» деді, сосын кетті.' },
};
const record = decisionRecord(decisions[1]!, context);

describe('open-data records', () => {
  it('give plain ids and the worked-out follow-up status, and fit their schema', () => {
    expect(record).toMatchObject({
      id: 'ccpr-2024-2011',
      committee: 'CCPR',
      followUpStatus: 'dialogue-ongoing',
      outcomeSource: 'operative-part',
      outcomeReportedBy: [],
      uncertain: false,
      replyPeriod: null,
      replyPeriodEnds: null,
    });
    expect(decisionRecordSchema.safeParse(record).success).toBe(true);
    const event = followupRecord(followups[1]!, { en: 'Assessed.' }, publisherName);
    expect(event).toMatchObject({
      kind: 'committee-assessment',
      decisions: ['ccpr-2024-2011'],
      details: { remedyGrades: [{ remedy: 'compensation', grade: 'C1' }] },
    });
    expect(followupRecordSchema.safeParse(event).success).toBe(true);
  });
});

describe('a reported finding and its reply period in the downloads', () => {
  const reported = decisionRecord(
    decision('ccpr-2309-2013', {
      committee: 'CCPR',
      communications: ['2309/2013'],
      adopted: '2019-03-29',
      outcome: 'violation',
      followUpDays: 180,
      sources: [{ url: 'https://ccprcentre.org/decision/16926', label: 'CCPR Centre case page', publisher: 'ccpr-centre' }],
      verification: {
        outcomeSource: 'secondary',
        outcomeReportedBy: ['ccpr-centre'],
        outcomeBasis: 'a note for editors',
        openQuestions: 'another note for editors',
      },
    }),
    context,
  );

  it('says where the outcome comes from, who reports it, and when the stated period ends, without the editors’ notes', () => {
    expect(reported).toMatchObject({
      outcome: 'violation',
      outcomeSource: 'secondary',
      outcomeReportedBy: ['CCPR Centre'],
      uncertain: true,
      replyPeriod: 'P180D',
      replyPeriodBasis: 'decision',
      replyPeriodFrom: 'adopted',
      replyPeriodEnds: '2019-09-25',
      sources: [{ url: 'https://ccprcentre.org/decision/16926', label: 'CCPR Centre case page', publisher: 'CCPR Centre' }],
    });
    expect(JSON.stringify(reported)).not.toContain('note for editors');
    expect(decisionRecordSchema.safeParse(reported).success).toBe(true);
    const [header, row] = parseCsv(toCsv([reported], DECISION_CSV_COLUMNS));
    expect(row![header!.indexOf('outcomeSource')]).toBe('secondary');
    expect(row![header!.indexOf('outcomeReportedBy')]).toBe('CCPR Centre');
    expect(row![header!.indexOf('replyPeriodEnds')]).toBe('2019-09-25');
  });
});

describe('CSV', () => {
  const csv = toCsv([record], DECISION_CSV_COLUMNS);

  it('starts with a byte-order mark, ends rows with CRLF and round-trips quotes, commas and Cyrillic', () => {
    expect(csv.startsWith('\uFEFFid,url,committee')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, row] = parseCsv(csv);
    const value = (name: string) => row![header!.indexOf(name)];
    expect(value('summary_en')).toBe('He said "no", then left.');
    expect(value('summary_kk')).toBe('Ол «жоқ» деді, сосын кетті.');
    expect(value('remedies')).toBe('compensation: no-information | release: implemented');
    expect(value('counsel')).toBe('');
  });

  it('writes a text a spreadsheet would run as a formula as text, and numbers as they are', () => {
    const columns = [
      { name: 'text', value: (row: { text: unknown }) => row.text },
      { name: 'list', value: (row: { list: unknown }) => row.list },
    ];
    const rows = ['=HYPERLINK("https://evil.example","x")', '+SUM(1)', '-2+3', '@cmd', '\tx', 'Ermek = Narymbaev'].map(
      (text) => ({
        text,
        list: [text, 'b'],
      }),
    );
    const [, ...parsed] = parseCsv(toCsv([...rows, { text: -5, list: [] }], columns));
    expect(parsed.map((row) => row[0])).toEqual([
      `'=HYPERLINK("https://evil.example","x")`,
      "'+SUM(1)",
      "'-2+3",
      "'@cmd",
      "'\tx",
      'Ermek = Narymbaev',
      '-5',
    ]);
    expect(parsed[0]![1]).toBe(`'=HYPERLINK("https://evil.example","x") | b`);
  });
});

describe('iCalendar', () => {
  it('folds long lines at 75 octets without splitting a character, and escapes text', () => {
    const text = calendar(
      'Deadlines',
      [
        {
          uid: '0f5ad9a2-5d0b-5c4e-9a57-8b7c0e6f2a11',
          due: '2024-04-29',
          summary: 'Reply due: Ермек Нарымбаев v. Kazakhstan, a long title that must fold',
          description: 'x; y',
          url: 'https://example.org/a',
        },
      ],
      '2024-01-01',
    );
    const lines = text.split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20240429');
    expect(lines).toContain('DESCRIPTION:x\\; y');
    expect(lines).toContain('UID:0f5ad9a2-5d0b-5c4e-9a57-8b7c0e6f2a11');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Reply due: Ермек Нарымбаев v. Kazakhstan\\, a long title that must fold',
    );
  });
});

const feedOf = (entries: Parameters<typeof atomFeed>[0]['entries']) => ({
  id: 'urn:uuid:feed',
  title: 'Feed & more',
  subtitle: 's',
  lang: 'en',
  selfUrl: 'https://example.org/feed',
  pageUrl: 'https://example.org/',
  author: 'Portal',
  entries,
});

describe('Atom', () => {
  it('escapes text and dates the feed by its newest entry', () => {
    const xml = atomFeed(
      feedOf([
        { id: 'urn:uuid:x', title: '<b>', updated: '2020-01-01T00:00:00Z', url: 'https://example.org/x', summary: 's' },
        { id: 'urn:uuid:y', title: 'y', updated: '2021-05-06T10:20:30Z', url: 'https://example.org/y', summary: 's' },
      ]),
    );
    expect(xml).toContain('<title>Feed &amp; more</title>');
    expect(xml).toContain('<title>&lt;b&gt;</title>');
    expect(xml).toContain('<updated>2021-05-06T10:20:30Z</updated>\n  <link rel="self"');
  });

  it('holds the most recently updated entries, newest first, up to its limit', () => {
    const entries = Array.from({ length: FEED_ENTRIES + 20 }, (_, index) => ({
      id: `urn:uuid:${index}`,
      title: 't',
      // Times from 2000-01-01 on, given in a shuffled order.
      updated: new Date(Date.UTC(2000, 0, 1 + ((index * 37) % (FEED_ENTRIES + 20)), index % 24))
        .toISOString()
        .replace('.000Z', 'Z'),
      url: `https://example.org/${index}`,
      summary: 's',
    }));
    const xml = atomFeed(feedOf(entries));
    const times = [...xml.matchAll(/<entry>\n.*\n.*\n {4}<updated>([^<]+)/g)].map((match) => match[1]);
    expect(times).toHaveLength(FEED_ENTRIES);
    const newest = entries
      .map((entry) => entry.updated)
      .sort()
      .reverse()
      .slice(0, FEED_ENTRIES);
    expect(times).toEqual(newest);
  });

  it('is not written without an entry, which would leave it no date', () => {
    expect(() => atomFeed(feedOf([]))).toThrow('has no entry');
  });
});
