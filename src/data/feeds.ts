/** The Atom feeds' entries in one language: decisions (all or one committee) and follow-up events. */
import type { APIContext } from 'astro';
import { useTranslations, type Locale } from '../i18n/index.ts';
import { atomFeed, firstDay, type AtomEntry } from '../lib/atom.ts';
import { caseTitle, followupsOf } from '../lib/decisions.ts';
import { paths } from '../lib/paths.ts';
import { useLocalizedContent } from './localized.ts';

export async function decisionFeed(context: APIContext, locale: Locale, committee?: string) {
  const content = await useLocalizedContent(locale);
  const { t } = useTranslations(locale);
  const site = context.site ?? new URL('http://localhost:4321');
  const entries: AtomEntry[] = content.decisions
    .filter((entry) => !committee || entry.data.committee.id === committee)
    .flatMap((entry) => {
      // Updated: the latest date the content gives for the case (adoption or a later follow-up event).
      const dates = [
        entry.data.adopted,
        entry.data.submitted,
        ...followupsOf(entry.id, content.followups).map((item) => item.data.date),
      ]
        .filter((date): date is string => date !== null)
        .map(firstDay)
        .sort();
      const updated = dates.at(-1);
      if (!updated) return [];
      const view = content.decision(entry);
      const finding = content.finding(entry.data);
      const outcome = finding.basisText ? `${finding.label} (${finding.basisText})` : finding.label;
      return [
        {
          id: new URL(paths.decision('en', entry.id), site).href,
          title: caseTitle(entry.data, t, locale),
          updated,
          published: entry.data.adopted ?? undefined,
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
  const selfPath = committee ? paths.feed(locale, `committees/${committee.toLowerCase()}`) : paths.feed(locale, 'decisions');
  return atomFeed({
    id: new URL(selfPath.replace(`/${locale}/`, '/en/'), site).href,
    title,
    subtitle: t('site.tagline'),
    lang: locale,
    selfUrl: new URL(selfPath, site).href,
    pageUrl: new URL(committee ? paths.committee(locale, committee) : paths.decisions(locale), site).href,
    author: t('site.name'),
    entries,
  });
}

export async function followUpFeed(context: APIContext, locale: Locale) {
  const content = await useLocalizedContent(locale);
  const { t } = useTranslations(locale);
  const site = context.site ?? new URL('http://localhost:4321');
  const entries: AtomEntry[] = content.followups.flatMap((entry) => {
    if (!entry.data.date) return [];
    const view = content.followup(entry);
    const decision = entry.data.decisions[0];
    const url = decision
      ? `${new URL(paths.decision(locale, decision.id), site).href}#event-${entry.id}`
      : new URL(paths.followUp(locale), site).href;
    return [
      {
        id: `${new URL(paths.followUp('en'), site).href}#${entry.id}`,
        title: `${t(`followup.kind.${entry.data.kind}`)}: ${view.data.title}`,
        updated: firstDay(entry.data.date),
        url,
        summary: view.data.title,
        categories: [entry.data.kind],
      },
    ];
  });
  return atomFeed({
    id: new URL(paths.feed('en', 'follow-up'), site).href,
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
