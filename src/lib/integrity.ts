/**
 * Checks that span several entries, which a schema cannot see: references to
 * entries that do not exist, two committee files for one committee, two
 * decisions claiming the same symbol or communication number, and a follow-up
 * dated before its decision. Astro only logs a missing reference and warns on
 * a duplicate id, so these checks are ours; they fail the build and the
 * validator with the file named. `missingTranslations` lists, as warnings for
 * the editors, the decisions whose summary is not yet in every language.
 */
import type { DecisionEntry, FollowupEntry } from './decisions.ts';
import type { Meeting } from '../schemas/meeting.ts';
import { byId } from './lookup.ts';
import { remedyNotesOf } from './remedies.ts';
import { LANGUAGES } from '../schemas/common.ts';
import { TRANSLATABLE_FIELDS, TRANSLATED_COLLECTIONS, type Translation } from '../schemas/translation.ts';

export type Located<T> = { id: string; filePath?: string; data: T };
export type Problem = { file: string; field: string; message: string };

type Content = {
  committees: readonly { id: string; filePath?: string }[];
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

/**
 * `invalid` names the entries that exist but failed their own checks, as `decisions/ccpr-2521-2015`
 * (a committee by its file name, `committees/ccpr`): their errors are reported in their own file,
 * so an entry that refers to one, or a translation of one, is not told that it does not exist.
 */
export function checkIntegrity(content: Content, invalid: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const committees = new Set(content.committees.map((entry) => entry.id));
  const decisions = new Map(content.decisions.map((entry) => [entry.id, entry]));
  const meetings = new Set(content.meetings.map((entry) => entry.id));
  const publishers = new Set((content.publishers ?? []).map((entry) => entry.id));
  /** A source or a reporter naming a publisher that does not exist. */
  const checkPublishers = (file: string, data: Sourced, reporters: readonly { id: string }[] = []) => {
    data.sources?.forEach((item, index) => {
      if (item.publisher && !publishers.has(item.publisher.id) && !invalid.has(`publishers/${item.publisher.id}`)) {
        problems.push({ file, field: `sources[${index}].publisher`, message: noPublisher(item.publisher.id) });
      }
    });
    reporters.forEach((ref, index) => {
      if (!publishers.has(ref.id) && !invalid.has(`publishers/${ref.id}`)) {
        problems.push({ file, field: `verification.outcomeReportedBy[${index}]`, message: noPublisher(ref.id) });
      }
    });
  };
  const symbolOwner = new Map<string, string>();
  const numberOwner = new Map<string, string>();
  const committeeOwner = new Map<string, string>();

  for (const entry of content.committees) {
    const file = fileOf(entry, 'committees');
    const owner = committeeOwner.get(entry.id);
    if (owner) {
      problems.push({
        file,
        field: 'code',
        message: `${entry.id} is already the code of ${owner}: each committee has one file, named after its code`,
      });
    } else committeeOwner.set(entry.id, file);
  }

  for (const entry of content.decisions) {
    const file = fileOf(entry, 'decisions');
    checkPublishers(file, entry.data, entry.data.verification.outcomeReportedBy);
    if (!committees.has(entry.data.committee.id) && !invalid.has(`committees/${entry.data.committee.id.toLowerCase()}`)) {
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
        if (invalid.has(`decisions/${ref.id}`)) return;
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
    if (
      entry.data.kind === 'state-position' &&
      entry.data.meeting &&
      !meetings.has(entry.data.meeting.id) &&
      !invalid.has(`meetings/${entry.data.meeting.id}`)
    ) {
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
      if (!decisions.has(ref.id) && !invalid.has(`decisions/${ref.id}`)) {
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
      if (invalid.has(`${collection}/${id}`)) continue;
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
    const notes = entry.data.remedyNotes;
    if (notes !== undefined && collection === 'decisions') {
      const written = remedyNotesOf((original.data as { remedies?: { note?: string }[] | null }).remedies);
      if (notes.length !== written.length) {
        problems.push({
          file,
          field: 'remedyNotes',
          message: `${collection}/${id} has ${written.length} remedy note(s) but remedyNotes lists ${notes.length}: translate each note, in the same order`,
        });
      }
    }
  }
  return problems;
}

function noPublisher(id: string): string {
  return `no publisher "${id}" exists: write the file name of a publisher in src/content/publishers without ".md", or add one there`;
}

const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = { kk: 'Kazakh', ru: 'Russian', en: 'English' };

/**
 * The decisions whose summary is not yet in every language: for each, the file to add. The page
 * in that language shows the original summary with a notice meanwhile, so this is a warning.
 */
export function missingTranslations(content: Pick<Content, 'decisions' | 'translations'>): Problem[] {
  const translated = new Set((content.translations ?? []).map((entry) => entry.id));
  const problems: Problem[] = [];
  for (const entry of content.decisions) {
    const written = (entry.data as { language?: (typeof LANGUAGES)[number] }).language ?? 'en';
    for (const language of LANGUAGES) {
      if (language === written || translated.has(`${language}/decisions/${entry.id}`)) continue;
      problems.push({
        file: fileOf(entry, 'decisions'),
        field: '(translation)',
        message: `no ${LANGUAGE_NAMES[language]} summary yet: add src/content/translations/${language}/decisions/${entry.id}.md (its ${LANGUAGE_NAMES[language]} page shows the ${LANGUAGE_NAMES[written]} summary with a notice until then)`,
      });
    }
  }
  return problems;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.file}\n  ${problem.field}: ${problem.message}`).join('\n');
}
