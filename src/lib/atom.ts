/**
 * Atom 1.0 feeds (RFC 4287), written as text: escaped, with ids that never change
 * (src/lib/stable-id.ts) and each entry dated by its own last change.
 */
export type AtomEntry = {
  /** A URN that names the entry wherever the site is served (`urn:uuid:…`). */
  id: string;
  title: string;
  /** When the entry last changed, an RFC 3339 time in UTC (`2024-07-16T09:30:00Z`). */
  updated: string;
  /** When it was first published, in the same form. */
  published?: string | undefined;
  url: string;
  summary: string;
  categories?: string[];
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  lang: string;
  selfUrl: string;
  pageUrl: string;
  author: string;
  entries: AtomEntry[];
};

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The start of a day (YYYY-MM-DD) as an Atom time. */
export const dayStart = (day: string) => `${day}T00:00:00Z`;

/**
 * How many entries a feed holds, the most recently updated. Feed readers fetch a
 * feed again and again for what is new; with every decision in it, the feed
 * of 10,000 decisions was 5 MB each time. The whole record is in the downloads.
 */
export const FEED_ENTRIES = 100;

/**
 * The feed's newest entries, newest first. Its `updated` is its newest entry's, so an unchanged
 * feed keeps the same date build after build. A feed has at least one entry: one with none is not
 * published (src/data/feeds.ts).
 */
export function atomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries]
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id.localeCompare(b.id)))
    .slice(0, FEED_ENTRIES);
  const updated = entries[0]?.updated;
  if (!updated) throw new Error(`The feed ${feed.selfUrl} has no entry: it is not to be published.`);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <updated>${entry.updated}</updated>`,
      ...(entry.published ? [`    <published>${entry.published}</published>`] : []),
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      ...(entry.categories ?? []).map((term) => `    <category term="${escapeXml(term)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The first day a date known to the year, month or day stands for. */
export function firstDay(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}
