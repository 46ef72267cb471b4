/** What the citation formats need about a decision, in English, from the content. */
import { authorsLine } from '../lib/decisions.ts';
import type { CitationInput } from '../lib/citation.ts';
import { officialDocumentUrl, paths } from '../lib/paths.ts';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { useLocalizedContent } from './localized.ts';

type Decisions = Awaited<ReturnType<typeof useLocalizedContent>>['decisions'];

export async function citationInput(entry: Decisions[number], locale: Locale, site: URL | undefined): Promise<CitationInput> {
  const content = await useLocalizedContent(locale);
  const { t } = useTranslations(locale);
  const symbol = entry.data.symbols[0];
  return {
    id: entry.id,
    decision: entry.data,
    title: t('decision.title', { authors: authorsLine(entry.data.authors, t) }),
    committeeName: content.committeeName(entry.data.committee.id),
    url: symbol ? officialDocumentUrl(symbol) : new URL(paths.decision(locale, entry.id), site).href,
  };
}
