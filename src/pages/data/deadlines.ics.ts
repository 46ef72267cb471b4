/**
 * The days the reply periods end, for decisions whose recorded outcome is a
 * violation and for which a source states a period: a calendar to subscribe
 * to. Each event states the period, its source and what it is counted from,
 * and whether a reply is recorded; never a verdict.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../../data/content.ts';
import { useLocalizedContent } from '../../data/localized.ts';
import { useTranslations } from '../../i18n/index.ts';
import { buildDay } from '../../lib/build-info.ts';
import { caseTitle } from '../../lib/decisions.ts';
import { replyPeriod } from '../../lib/follow-up.ts';
import { calendar } from '../../lib/ical.ts';
import { paths } from '../../lib/paths.ts';
import { nameBasedUuid } from '../../lib/stable-id.ts';

export const GET: APIRoute = async ({ site }) => {
  const { decisions, followups, committeeByCode } = await getContent();
  const content = await useLocalizedContent('en');
  const { t, plural, date } = useTranslations('en');
  const today = buildDay();
  const events = decisions.flatMap((entry) => {
    const period = replyPeriod(entry, committeeByCode.get(entry.data.committee.id), followups, today);
    if (!period) return [];
    const title = caseTitle(entry.data, t, 'en');
    const length =
      'days' in period.length
        ? plural('followUp.periodLength.days', period.length.days)
        : plural('followUp.periodLength.months', period.length.months);
    const stated =
      period.basis === 'decision'
        ? t('followUp.period.fromDecision', { length, basis: content.finding(entry.data).basisText ?? '' })
        : t('followUp.period.fromRule', { length, provision: content.replyRuleProvision(entry.data.committee.id) ?? '' });
    const counted =
      period.from === 'transmitted'
        ? t('followUp.period.countedFromTransmittal', { date: date(period.ends) })
        : t('followUp.period.countedFromAdoption', {
            adopted: entry.data.adopted ? date(entry.data.adopted) : '',
            date: date(period.ends),
          });
    const reply = `${t('followUp.reply')}: ${period.reply ? date(period.reply) : t('followUp.reply.none')}.`;
    return [
      {
        uid: nameBasedUuid(`deadline/${entry.id}`),
        due: period.ends,
        summary: `${t('ics.summary')}: ${title} (${entry.data.committee.id} ${entry.data.communications.join(', ')})`,
        description: `${stated} ${counted} ${reply}`,
        url: new URL(paths.decision('en', entry.id), site).href,
      },
    ];
  });
  return new Response(calendar(t('site.name'), events, today), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
