/**
 * Checks that span several entries, which a schema cannot see: references to
 * entries that do not exist, two decisions claiming the same symbol or
 * communication number, and a follow-up dated before its decision. Astro only
 * logs a missing reference and warns on a duplicate id, so these checks are ours;
 * they fail the build and the validator with the file named.
 */
import type { DecisionEntry, FollowupEntry } from './decisions.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { byId } from './lookup.ts';
import { LANGUAGES } from '../schemas/common.ts';
import { TRANSLATABLE_FIELDS, TRANSLATED_COLLECTIONS, type Translation } from '../schemas/translation.ts';

export type Located<T> = { id: string; filePath?: string; data: T };
export type Problem = { file: string; field: string; message: string };

type Content = {
  committees: readonly { id: string }[];
  decisions: readonly (DecisionEntry & { filePath?: string })[];
  followups: readonly (FollowupEntry & { filePath?: string })[];
  meetings: readonly Located<Meeting>[];
  publishers?: readonly { id: string }[];
  translations?: readonly Located<Translation>[];
};

type Sourced = { sources?: readonly { publisher?: { id: string } | undefined }[] };

const fileOf = (entry: { id: string; filePath?: string }, folder: string) =>
  entry.filePath ?? `src/content/${folder}/${entry.id}.md`;

/** Compares `YYYY[-MM[-DD]]` with a full day at the precision of the first. */
function isBefore(partial: string, day: string): boolean {
  return partial < day.slice(0, partial.length);
}

export function checkIntegrity(content: Content): Problem[] {
  const problems: Problem[] = [];
  const committees = new Set(content.committees.map((entry) => entry.id));
  const decisions = new Map(content.decisions.map((entry) => [entry.id, entry]));
  const meetings = new Set(content.meetings.map((entry) => entry.id));
  const publishers = new Set((content.publishers ?? []).map((entry) => entry.id));
  /** A source or a reporter naming a publisher that does not exist. */
  const checkPublishers = (file: string, data: Sourced, reporters: readonly { id: string }[] = []) => {
    data.sources?.forEach((item, index) => {
      if (item.publisher && !publishers.has(item.publisher.id)) {
        problems.push({ file, field: `sources[${index}].publisher`, message: noPublisher(item.publisher.id) });
      }
    });
    reporters.forEach((ref, index) => {
      if (!publishers.has(ref.id)) {
        problems.push({ file, field: `verification.outcomeReportedBy[${index}]`, message: noPublisher(ref.id) });
      }
    });
  };
  const symbolOwner = new Map<string, string>();
  const numberOwner = new Map<string, string>();

  for (const entry of content.decisions) {
    const file = fileOf(entry, 'decisions');
    checkPublishers(file, entry.data, entry.data.verification.outcomeReportedBy);
    if (!committees.has(entry.data.committee.id)) {
      problems.push({ file, field: 'committee', message: `no committee "${entry.data.committee.id}" exists` });
    }
    entry.data.symbols.forEach((symbol, index) => {
      const owner = symbolOwner.get(symbol);
      if (owner) {
        problems.push({ file, field: `symbols[${index}]`, message: `${symbol} is already the symbol of ${owner}` });
      } else symbolOwner.set(symbol, file);
    });
    entry.data.communications.forEach((number, index) => {
      const key = `${entry.data.committee.id} ${number}`;
      const owner = numberOwner.get(key);
      if (owner) {
        problems.push({
          file,
          field: `communications[${index}]`,
          message: `${entry.data.committee.id} communication ${number} is already in ${owner}: joined communications belong in one entry`,
        });
      } else numberOwner.set(key, file);
    });
  }

  for (const entry of content.followups) {
    const file = fileOf(entry, 'followups');
    checkPublishers(file, entry.data);
    entry.data.decisions.forEach((ref, index) => {
      const decision = decisions.get(ref.id);
      if (!decision) {
        problems.push({
          file,
          field: `decisions[${index}]`,
          message: `no decision "${ref.id}" exists: write the file name of a decision in src/content/decisions without ".md"`,
        });
        return;
      }
      const { date } = entry.data;
      if (date && decision.data.adopted && isBefore(date, decision.data.adopted)) {
        problems.push({
          file,
          field: 'date',
          message: `date ${date} is before ${ref.id} was adopted on ${decision.data.adopted}: a follow-up cannot come before its decision`,
        });
      }
    });
    if (entry.data.kind === 'state-position' && entry.data.meeting && !meetings.has(entry.data.meeting.id)) {
      problems.push({
        file,
        field: 'meeting',
        message: `no meeting "${entry.data.meeting.id}" exists: write the file name of a meeting in src/content/meetings without ".md"`,
      });
    }
  }

  for (const entry of content.meetings) {
    const file = fileOf(entry, 'meetings');
    entry.data.decisions.forEach((ref, index) => {
      if (!decisions.has(ref.id)) {
        problems.push({ file, field: `decisions[${index}]`, message: `no decision "${ref.id}" exists` });
      }
    });
  }
  const originals: Record<string, readonly { id: string; data: object }[]> = {
    committees: content.committees.map((entry) => ({ ...entry, id: entry.id.toLowerCase(), data: {} })),
    decisions: content.decisions,
    followups: content.followups,
    publishers: (content.publishers ?? []).map((entry) => ({ ...entry, data: {} })),
  };
  for (const entry of content.translations ?? []) {
    const file = entry.filePath ?? `src/content/translations/${entry.id}.md`;
    const [language = '', collection = '', id = ''] = entry.id.split('/');
    if (
      !(LANGUAGES as readonly string[]).includes(language) ||
      !(TRANSLATED_COLLECTIONS as readonly string[]).includes(collection)
    ) {
      problems.push({
        file,
        field: '(file)',
        message: `a translation goes in src/content/translations/<${LANGUAGES.join('|')}>/<${TRANSLATED_COLLECTIONS.join('|')}>/, named like the entry it translates`,
      });
      continue;
    }
    const original = byId(originals[collection]!, id);
    if (!original) {
      problems.push({
        file,
        field: '(file)',
        message: `no ${collection} entry "${id}" exists to translate: name the file like the entry it translates`,
      });
      continue;
    }
    if ('language' in original.data && original.data.language === language) {
      problems.push({
        file,
        field: '(file)',
        message: `${collection}/${id} is already written in ${language}: remove this translation or change the entry's language`,
      });
    }
    const allowed = TRANSLATABLE_FIELDS[collection as keyof typeof TRANSLATABLE_FIELDS];
    for (const field of Object.keys(entry.data) as (keyof Translation)[]) {
      if (entry.data[field] !== undefined && !allowed.includes(field)) {
        problems.push({
          file,
          field,
          message: `a translation of a ${collection} entry may hold ${allowed.join(', ')}; "${field}" is not translated there`,
        });
      }
    }
  }
  return problems;
}

function noPublisher(id: string): string {
  return `no publisher "${id}" exists: write the file name of a publisher in src/content/publishers without ".md", or add one there`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.file}\n  ${problem.field}: ${problem.message}`).join('\n');
}
