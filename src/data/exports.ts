/**
 * The records of the open-data downloads, assembled once per build from the
 * content: each decision with its summaries in every language written, each
 * follow-up event with its texts, each meeting.
 */
import { buildDay } from '../lib/build-info.ts';
import { decisionRecord, followupRecord, meetingRecord, type Texts } from '../lib/export.ts';
import { byId } from '../lib/lookup.ts';
import { paths } from '../lib/paths.ts';
import { translationId } from '../lib/translations.ts';
import { LANGUAGES } from '../schemas/common.ts';
import { getContent } from './content.ts';

type Content = Awaited<ReturnType<typeof getContent>>;

function textsOf(
  content: Content,
  collection: string,
  entry: { id: string; body?: string | undefined; data: { language: (typeof LANGUAGES)[number] } },
): Texts {
  const texts: Texts = {};
  for (const language of LANGUAGES) {
    const body =
      language === entry.data.language
        ? entry.body
        : byId(content.translations, translationId(language, collection, entry.id))?.body;
    if (body && body.replace(/<!--[\s\S]*?-->/g, '').trim()) texts[language] = body.trim();
  }
  return texts;
}

async function build(site: URL) {
  const content = await getContent();
  const today = buildDay();
  const publisherName = (id: string) => byId(content.publishers, id)?.data.name ?? id;
  const decisions = content.decisions.map((entry) =>
    decisionRecord(entry, {
      followups: content.followups,
      committees: content.committeeByCode,
      publisherName,
      today,
      url: new URL(paths.decision('en', entry.id), site).href,
      summary: textsOf(content, 'decisions', entry),
    }),
  );
  const followups = content.followups.map((entry) => followupRecord(entry, textsOf(content, 'followups', entry), publisherName));
  const meetings = content.meetings.map((entry) => meetingRecord(entry, publisherName));
  return { today, decisions, followups, meetings };
}

let cached: ReturnType<typeof build> | undefined;

export function getExports(site: URL | undefined) {
  cached ??= build(site ?? new URL('http://localhost:4321'));
  return cached;
}
