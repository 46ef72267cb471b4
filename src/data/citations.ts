/** What the citation formats need about a decision, from the content (see `citationInputOf`). */
import { citationInputOf, type CitationInput } from '../lib/citation.ts';
import { paths } from '../lib/paths.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { useLocalizedContent } from './localized.ts';

type Decisions = Awaited<ReturnType<typeof useLocalizedContent>>['decisions'];

export async function citationInput(entry: Decisions[number], locale: Locale, site: URL | undefined): Promise<CitationInput> {
  const content = await useLocalizedContent(locale);
  // The reference files' notes are in English, whatever the page's language.
  const finding = (await useLocalizedContent('en')).finding(entry.data);
  return citationInputOf(
    entry.id,
    entry.data,
    content.committeeName(entry.data.committee.id),
    new URL(paths.decision(locale, entry.id), site).href,
    useTranslations(locale).t,
    locale,
    finding.outcome === null ? null : `${finding.label} (${finding.basisText})`,
  );
}
