/**
 * The content in the reader's language, for pages: committee names, decision
 * labels and summaries, follow-up titles and texts.
 */
import { render } from 'astro:content';
import type { Locale } from '../i18n/index.ts';
import { localize } from '../lib/translations.ts';
import { getContent } from './content.ts';

type Content = Awaited<ReturnType<typeof getContent>>;
type RenderableEntry = Parameters<typeof render>[0];

export async function useLocalizedContent(locale: Locale) {
  const content = await getContent();
  const { translations } = content;

  const committee = (code: string) => {
    const entry = content.committees.find((item) => item.id === code);
    if (!entry) throw new Error(`No committee ${code}`);
    return localize(entry, 'committees', locale, translations);
  };

  const decision = (entry: Content['decisions'][number]) =>
    localize(entry, 'decisions', locale, translations, entry.data.language);

  const followup = (entry: Content['followups'][number]) =>
    localize(entry, 'followups', locale, translations, entry.data.language);

  /** Renders the body of an original or translated entry. */
  const renderBody = async (entry: { id: string }) => (await render(entry as RenderableEntry)).Content;

  return { ...content, committee, committeeName: (code: string) => committee(code).data.name, decision, followup, renderBody };
}
