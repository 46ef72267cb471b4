/**
 * The Atom feeds in one language: decisions (all, or one committee's) and
 * follow-up events. Each language's feed has ids of its own, which never
 * change (src/lib/stable-id.ts). Each entry is dated by its own last change:
 * the last commit of its files (the entry and its translation into the
 * language, and for a decision its follow-up events), or, outside a git
 * checkout, the latest date its content gives. A feed with no entry is not
 * published, and no page links it.
 */
import type { APIContext } from 'astro';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { atomFeed, dayStart, firstDay, type AtomEntry } from '../lib/atom.ts';
import { caseTitle, followupsOf } from '../lib/decisions.ts';
import { lastChanges, latestChange } from '../lib/last-changes.ts';
import { memo } from '../lib/memo.ts';
import { paths } from '../lib/paths.ts';
import { stableUrn } from '../lib/stable-id.ts';
import { useLocalizedContent } from './localized.ts';

type Content = Awaited<ReturnType<typeof useLocalizedContent>>;
type Entry = { id: string; filePath?: string | undefined };

/** The files an entry is written in: its own, and its translation into `locale`. */
const filesOf = (entry: Entry, collection: 'decisions' | 'followups', locale: Locale) => [
  entry.filePath ?? `src/content/${collection}/${entry.id}.md`,
  `src/content/translations/${locale}/${collection}/${entry.id}.md`,
];

/** The latest of the content's dates, as an Atom time; undefined when it gives none. */
const latestDay = (dates: readonly (string | null)[]) => {
  const days = dates.filter((date): date is string => date !== null).map(firstDay);
  return days.length > 0 ? dayStart(days.sort().at(-1)!) : undefined;
};

/** When a decision's entry last changed; undefined when neither git nor its content can say. */
function decisionUpdated(entry: Content['decisions'][number], content: Content, locale: Locale) {
  const followups = followupsOf(entry.id, content.followups);
  const files = [
    ...filesOf(entry, 'decisions', locale),
    ...followups.flatMap((followup) => filesOf(followup, 'followups', locale)),
  ];
  return (
    latestChange(lastChanges(), files) ??
    latestDay([entry.data.adopted, entry.data.submitted, ...followups.map((followup) => followup.data.date)])
  );
}

/** When a follow-up event's entry last changed; undated events are not in the feed. */
function followupUpdated(entry: Content['followups'][number], locale: Locale) {
  if (!entry.data.date) return undefined;
  return latestChange(lastChanges(), filesOf(entry, 'followups', locale)) ?? latestDay([entry.data.date]);
}

const updates = memo<object, ReadonlyMap<string, string>>();

/** Each entry's last change in `locale`, by id, worked out once per build for the feeds and the pages that link them. */
function lastUpdates(content: Content, locale: Locale) {
  const decisions = updates(content.decisions, locale, () => {
    const times = new Map<string, string>();
    for (const entry of content.decisions) {
      const time = decisionUpdated(entry, content, locale);
      if (time) times.set(entry.id, time);
    }
    return times;
  });
  const followups = updates(content.followups, locale, () => {
    const times = new Map<string, string>();
    for (const entry of content.followups) {
      const time = followupUpdated(entry, locale);
      if (time) times.set(entry.id, time);
    }
    return times;
  });
  return { decisions, followups };
}

/** The committees whose feed in `locale` has an entry, by code. */
export async function committeesWithFeed(locale: Locale): Promise<Set<string>> {
  const content = await useLocalizedContent(locale);
  const { decisions } = lastUpdates(content, locale);
  return new Set(content.decisions.filter((entry) => decisions.has(entry.id)).map((entry) => entry.data.committee.id));
}

/** Whether the follow-up feed in `locale` has an entry. */
export async function hasFollowUpFeed(locale: Locale): Promise<boolean> {
  const content = await useLocalizedContent(locale);
  return lastUpdates(content, locale).followups.size > 0;
}

export async function decisionFeed(context: APIContext, locale: Locale, committee?: string) {
  const content = await useLocalizedContent(locale);
  const { t } = useTranslations(locale);
  const site = context.site ?? new URL('http://localhost:4321');
  const times = lastUpdates(content, locale);
  const entries: AtomEntry[] = content.decisions
    .filter((entry) => !committee || entry.data.committee.id === committee)
    .flatMap((entry) => {
      const updated = times.decisions.get(entry.id);
      if (!updated) return [];
      const view = content.decision(entry);
      const finding = content.finding(entry.data);
      const outcome = finding.basisText ? `${finding.label} (${finding.basisText})` : finding.label;
      return [
        {
          id: stableUrn(`decision/${entry.id}/${locale}`),
          title: caseTitle(entry.data, t, locale),
          updated,
          published: entry.data.adopted ? dayStart(entry.data.adopted) : undefined,
          url: new URL(paths.decision(locale, entry.id), site).href,
          summary: [
            content.committeeName(entry.data.committee.id),
            entry.data.communications.join(', '),
            outcome,
            view.data.subject,
          ]
            .filter(Boolean)
            .join(' · '),
          categories: [entry.data.committee.id],
        },
      ];
    });
  const title = committee ? `${t('site.name')}: ${content.committeeName(committee)}` : t('site.name');
  const name = committee ? `committees/${committee.toLowerCase()}` : 'decisions';
  return atomFeed({
    id: stableUrn(`feed/${locale}/${name}`),
    title,
    subtitle: t('site.tagline'),
    lang: locale,
    selfUrl: new URL(paths.feed(locale, name), site).href,
    pageUrl: new URL(committee ? paths.committee(locale, committee) : paths.decisions(locale), site).href,
    author: t('site.name'),
    entries,
  });
}

export async function followUpFeed(context: APIContext, locale: Locale) {
  const content = await useLocalizedContent(locale);
  const { t } = useTranslations(locale);
  const site = context.site ?? new URL('http://localhost:4321');
  const times = lastUpdates(content, locale);
  const entries: AtomEntry[] = content.followups.flatMap((entry) => {
    const updated = times.followups.get(entry.id);
    if (!updated) return [];
    const view = content.followup(entry);
    const decision = entry.data.decisions[0];
    const url = decision
      ? `${new URL(paths.decision(locale, decision.id), site).href}#event-${entry.id}`
      : new URL(paths.followUp(locale), site).href;
    return [
      {
        id: stableUrn(`followup/${entry.id}/${locale}`),
        title: `${t(`followup.kind.${entry.data.kind}`)}: ${view.data.title}`,
        updated,
        published: entry.data.date ? dayStart(firstDay(entry.data.date)) : undefined,
        url,
        summary: view.data.title,
        categories: [entry.data.kind],
      },
    ];
  });
  return atomFeed({
    id: stableUrn(`feed/${locale}/follow-up`),
    title: `${t('site.name')}: ${t('nav.followUp')}`,
    subtitle: t('board.lead'),
    lang: locale,
    selfUrl: new URL(paths.feed(locale, 'follow-up'), site).href,
    pageUrl: new URL(paths.followUp(locale), site).href,
    author: t('site.name'),
    entries,
  });
}

export const atomResponse = (xml: string) =>
  new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
