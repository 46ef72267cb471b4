/**
 * Turns entries into the open-data records and files: JSON, CSV (one row per
 * entry, lists joined with " | "), and the wrapper with licence and build day.
 */
import type { Committee } from '../schemas/committee.ts';
import type { Language, Source } from '../schemas/common.ts';
import { DATA_LICENCE, type DecisionRecord, type FollowupRecord, type MeetingRecord } from '../schemas/export.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { DecisionEntry, FollowupEntry } from './decisions.ts';
import { followUpStatus, replyPeriod } from './follow-up.ts';
import { isUncertain, reporterIds } from './provenance.ts';

/** Publishers' names by id, in English, for the downloads. */
export type PublisherNames = (id: string) => string;

/** A source as the downloads give it: its publisher by name rather than by file name. */
export function sourceRecord(source: Source, publisherName: PublisherNames) {
  const { publisher, ...rest } = source;
  return { ...rest, ...(publisher ? { publisher: publisherName(publisher.id) } : {}) };
}

/** Texts of an entry by language: the original's body and its translations' bodies. */
export type Texts = Partial<Record<Language, string>>;

export function decisionRecord(
  entry: DecisionEntry,
  context: {
    followups: readonly FollowupEntry[];
    committees: ReadonlyMap<string, Pick<Committee, 'replyPeriod'>>;
    publisherName: PublisherNames;
    today: string;
    url: string;
    summary: Texts;
  },
): DecisionRecord {
  const period = replyPeriod(entry, context.committees.get(entry.data.committee.id), context.followups, context.today);
  // The editors' notes in `verification` are not published; what readers need of it is lifted out.
  const { verification, sources, authorsCyrillic, ...facts } = entry.data;
  return {
    id: entry.id,
    url: context.url,
    ...facts,
    authorsCyrillic: authorsCyrillic
      ? { names: authorsCyrillic.names, source: sourceRecord(authorsCyrillic.source, context.publisherName) }
      : null,
    committee: entry.data.committee.id as DecisionRecord['committee'],
    outcomeSource: verification.outcomeSource,
    outcomeReportedBy: reporterIds(entry.data).map(context.publisherName),
    uncertain: isUncertain(entry.data),
    sources: sources.map((source) => sourceRecord(source, context.publisherName)),
    summary: context.summary,
    followUpStatus: followUpStatus(entry, context.followups),
    replyPeriod: period ? ('days' in period.length ? `P${period.length.days}D` : `P${period.length.months}M`) : null,
    replyPeriodBasis: period?.basis ?? null,
    replyPeriodFrom: period?.from ?? null,
    replyPeriodEnds: period?.ends ?? null,
  };
}

export function followupRecord(entry: FollowupEntry, text: Texts, publisherName: PublisherNames): FollowupRecord {
  const { kind, decisions, date, title, sources, language, remedies, ...details } = entry.data;
  const plainDetails = Object.fromEntries(
    Object.entries(details).map(([key, value]) => [
      key,
      value && typeof value === 'object' && 'id' in value ? (value as { id: string }).id : value,
    ]),
  );
  return {
    id: entry.id,
    kind,
    decisions: decisions.map((ref) => ref.id),
    date,
    title,
    text,
    details: plainDetails,
    remedies,
    sources: sources.map((source) => sourceRecord(source, publisherName)),
    language,
  };
}

export function meetingRecord(entry: { id: string; data: Meeting }, publisherName: PublisherNames): MeetingRecord {
  return {
    id: entry.id,
    ...entry.data,
    decisions: entry.data.decisions.map((ref) => ref.id),
    sources: entry.data.sources.map((source) => sourceRecord(source, publisherName)),
  };
}

export function wrap<K extends string, T>(name: K, records: T[], built: string) {
  return { licence: DATA_LICENCE, built, count: records.length, [name]: records } as {
    licence: typeof DATA_LICENCE;
    built: string;
    count: number;
  } & Record<K, T[]>;
}

/** How lists are joined in a CSV cell; documented on the data page. */
export const CSV_LIST_SEPARATOR = ' | ';

/**
 * A CSV cell. A text a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * line end, as `=HYPERLINK(...)`) gets a leading apostrophe, which spreadsheets show as text;
 * numbers are written as they are.
 */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(CSV_LIST_SEPARATOR)
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  const safe = typeof value !== 'number' && /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV file as spreadsheets read it: UTF-8 with a byte-order mark (so Excel
 * keeps Cyrillic names intact), CRLF line ends, a header row, one row per record.
 */
export function toCsv<T extends object>(
  records: readonly T[],
  columns: readonly { name: string; value: (record: T) => unknown }[],
): string {
  const lines = [
    columns.map((column) => cell(column.name)).join(','),
    ...records.map((record) => columns.map((column) => cell(column.value(record))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const DECISION_CSV_COLUMNS: { name: string; value: (record: DecisionRecord) => unknown }[] = [
  { name: 'id', value: (r) => r.id },
  { name: 'url', value: (r) => r.url },
  { name: 'committee', value: (r) => r.committee },
  { name: 'communications', value: (r) => r.communications },
  { name: 'symbols', value: (r) => r.symbols },
  { name: 'authors', value: (r) => r.authors },
  { name: 'otherAuthors', value: (r) => r.otherAuthors },
  { name: 'onBehalfOf', value: (r) => r.onBehalfOf },
  { name: 'counsel', value: (r) => r.counsel },
  { name: 'submitted', value: (r) => r.submitted },
  { name: 'adopted', value: (r) => r.adopted },
  { name: 'transmitted', value: (r) => r.transmitted },
  { name: 'session', value: (r) => r.session },
  { name: 'type', value: (r) => r.type },
  { name: 'outcome', value: (r) => r.outcome },
  { name: 'outcomeSource', value: (r) => r.outcomeSource },
  { name: 'outcomeReportedBy', value: (r) => r.outcomeReportedBy },
  { name: 'subject', value: (r) => r.subject },
  { name: 'proceduralIssues', value: (r) => r.proceduralIssues },
  { name: 'substantiveIssues', value: (r) => r.substantiveIssues },
  { name: 'articlesInvoked', value: (r) => r.articlesInvoked },
  { name: 'articlesViolated', value: (r) => r.articlesViolated },
  { name: 'remedies', value: (r) => r.remedies?.map((remedy) => `${remedy.kind}: ${remedy.status}`) ?? null },
  { name: 'followUpStatus', value: (r) => r.followUpStatus },
  { name: 'replyPeriod', value: (r) => r.replyPeriod },
  { name: 'replyPeriodBasis', value: (r) => r.replyPeriodBasis },
  { name: 'replyPeriodFrom', value: (r) => r.replyPeriodFrom },
  { name: 'replyPeriodEnds', value: (r) => r.replyPeriodEnds },
  { name: 'uncertain', value: (r) => r.uncertain },
  { name: 'sources', value: (r) => r.sources.map((source) => source.url) },
  { name: 'summary_kk', value: (r) => r.summary.kk ?? null },
  { name: 'summary_ru', value: (r) => r.summary.ru ?? null },
  { name: 'summary_en', value: (r) => r.summary.en ?? null },
];

export const FOLLOWUP_CSV_COLUMNS: { name: string; value: (record: FollowupRecord) => unknown }[] = [
  { name: 'id', value: (r) => r.id },
  { name: 'kind', value: (r) => r.kind },
  { name: 'decisions', value: (r) => r.decisions },
  { name: 'date', value: (r) => r.date },
  { name: 'title', value: (r) => r.title },
  { name: 'details', value: (r) => (Object.keys(r.details).length ? r.details : null) },
  { name: 'remedies', value: (r) => r.remedies },
  { name: 'sources', value: (r) => r.sources.map((source) => source.url) },
  { name: 'text_kk', value: (r) => r.text.kk ?? null },
  { name: 'text_ru', value: (r) => r.text.ru ?? null },
  { name: 'text_en', value: (r) => r.text.en ?? null },
];

/** Reads a CSV written by `toCsv` back into rows, for the tests. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}
