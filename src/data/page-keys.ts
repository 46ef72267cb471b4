/**
 * What a decision page is made of, as one hash: a rebuild keeps the page from
 * the previous build while the key is the same (src/build/kept-pages.ts), so
 * a change to one entry re-renders only the pages that show it. The key must
 * cover everything the page reads from the content, and the build day (which
 * moves reply deadlines into "overdue"); a change to the code renders every
 * page again.
 */
import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/index.ts';
import { buildDay } from '../lib/build-info.ts';
import type { DecisionEntry } from '../lib/decisions.ts';
import { byId, linkedTo } from '../lib/lookup.ts';
import { translationId } from '../lib/translations.ts';
import type { getContent } from './content.ts';

type Content = Pick<
  Awaited<ReturnType<typeof getContent>>,
  'decisions' | 'followups' | 'meetings' | 'committees' | 'translations'
>;
type Part = { id: string; data: unknown; body?: string | undefined } | undefined;

const partOf = (entry: Part) => (entry ? [entry.id, entry.data, entry.body ?? ''] : null);

/**
 * What a decision page shows in every language, hashed once per decision of a
 * given content rather than once per page (1.7 of the 10 seconds before Astro’s
 * first page at 10,000 decisions went to these keys).
 */
const sharedKeys = new WeakMap<Content, WeakMap<object, string>>();

function sharedDecisionKey(content: Content, entry: DecisionEntry & { body?: string }, followups: Content['followups']): string {
  let keys = sharedKeys.get(content);
  if (!keys) {
    keys = new WeakMap();
    sharedKeys.set(content, keys);
  }
  const known = keys.get(entry);
  if (known) return known;
  const meetingIds = new Set([
    ...linkedTo(content.meetings, entry.id).map((meeting) => meeting.id),
    ...followups.flatMap((followup) =>
      followup.data.kind === 'state-position' && followup.data.meeting ? [followup.data.meeting.id] : [],
    ),
  ]);
  const parts = [
    buildDay(),
    partOf(entry),
    partOf(byId(content.committees, entry.data.committee.id)),
    ...followups.map(partOf),
    ...[...meetingIds].sort().map((id) => partOf(byId(content.meetings, id))),
  ];
  const key = createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  keys.set(entry, key);
  return key;
}

export function decisionPageKey(content: Content, entry: DecisionEntry & { body?: string }, locale: Locale): string {
  const translated = (collection: string, id: string) =>
    partOf(byId(content.translations, translationId(locale, collection, id)));
  const followups = linkedTo(content.followups, entry.id);
  const parts = [
    sharedDecisionKey(content, entry, followups),
    translated('decisions', entry.id),
    translated('committees', entry.data.committee.id),
    ...followups.map((followup) => translated('followups', followup.id)),
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

const factsKeys = new WeakMap<object, string>();

/**
 * What the lists, the follow-up board, the committee pages, the statistics and
 * the home page show, as one hash: every entry's facts and labels and the
 * committees' texts, but not the summaries and follow-up texts, which these
 * pages do not show (only whether an entry has one). A change to a
 * summary alone keeps them all; any other change renders them again.
 */
export function contentFactsKey(content: Content): string {
  const known = factsKeys.get(content);
  if (known) return known;
  const hash = createHash('sha256').update(buildDay());
  const factsOf = (entry: Part) => (entry ? [entry.id, entry.data, Boolean(entry.body?.trim())] : null);
  for (const collection of [content.decisions, content.followups, content.meetings] as readonly Part[][]) {
    for (const entry of collection) hash.update(JSON.stringify(factsOf(entry)));
  }
  for (const entry of content.committees as readonly Part[]) hash.update(JSON.stringify(partOf(entry)));
  // A committee's page shows its text, in the reader's language.
  for (const entry of content.translations as readonly Part[]) {
    hash.update(JSON.stringify(entry?.id.split('/')[1] === 'committees' ? partOf(entry) : factsOf(entry)));
  }
  const key = hash.digest('base64url');
  factsKeys.set(content, key);
  return key;
}
