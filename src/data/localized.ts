/**
 * The content in the reader's language, for pages: committee names, decision
 * labels and summaries, follow-up titles and texts.
 */
import { render } from 'astro:content';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { localize } from '../lib/translations.ts';
import { byId } from '../lib/lookup.ts';
import { outcomeKey } from '../lib/decisions.ts';
import { basisText, findingBasis } from '../lib/provenance.ts';
import { hostOf, publisherIdOf } from '../lib/publishers.ts';
import type { Source } from '../schemas/common.ts';
import type { Decision } from '../schemas/decision.ts';
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

  const { t, list } = useTranslations(locale);

  /** A publisher's name in the reader's language where translated; the file name if there is no such publisher. */
  const publisherName = (id: string) => {
    const entry = byId(content.publishers, id);
    return entry ? localize(entry, 'publishers', locale, translations).data.name : id;
  };

  /**
   * A source's name for readers: on English pages the editors' label; on the
   * others its publisher and the kind of document, in the reader's language.
   */
  const sourceLabel = (source: Source) => {
    if (locale === 'en') return source.label;
    const publisher = publisherIdOf(source, content.publishers);
    const name = publisher ? publisherName(publisher) : hostOf(source.url);
    const parts = [name, ...(source.type ? [t(`source.type.${source.type}`)] : [])];
    return `${parts.join(' — ')}${source.copy ? ` (${t('source.copy')})` : ''}`;
  };

  /** The provision of a committee's rules that states its reply period, in the reader's language where translated. */
  const replyRuleProvision = (code: string) => {
    const localized = committee(code).data as { replyPeriodProvision?: string; replyPeriod: { provision: string } | null };
    return localized.replyPeriodProvision ?? localized.replyPeriod?.provision ?? null;
  };

  /** A decision's finding with where it comes from, as every list, page and feed shows it. */
  const finding = (decision: Pick<Decision, 'outcome' | 'verification'>) => ({
    outcome: decision.outcome,
    label: t(outcomeKey(decision.outcome)),
    basis: findingBasis(decision),
    basisText: basisText(decision, publisherName, {
      basis: (basis, reporters) => t(`finding.basis.${basis}`, { reporters }),
      list,
    }),
  });

  /** Renders the body of an original or translated entry. */
  const renderBody = async (entry: { id: string }) => (await render(entry as RenderableEntry)).Content;

  return {
    ...content,
    committee,
    committeeName: (code: string) => committee(code).data.name,
    decision,
    followup,
    renderBody,
    publisherName,
    sourceLabel,
    finding,
    replyRuleProvision,
  };
}
