/** Reply deadlines of the decisions that found a violation, as a calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { getContent } from '../../data/content.ts';
import { useTranslations } from '../../i18n/index.ts';
import { buildDay } from '../../lib/build-info.ts';
import { authorsLine } from '../../lib/decisions.ts';
import { replyDeadline } from '../../lib/follow-up.ts';
import { calendar } from '../../lib/ical.ts';
import { paths } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const { decisions, followups } = await getContent();
  const { t } = useTranslations('en');
  const today = buildDay();
  const events = decisions.flatMap((entry) => {
    const deadline = replyDeadline(entry, followups, today);
    if (!deadline) return [];
    const title = t('decision.title', { authors: authorsLine(entry.data.authors, t) });
    return [
      {
        id: `deadline-${entry.id}`,
        due: deadline.due,
        summary: `Reply due: ${title} (${entry.data.committee.id} ${entry.data.communications.join(', ')})`,
        description: `${t(deadline.from === 'transmitted' ? 'followUp.due.transmitted' : 'followUp.due.adopted', { days: deadline.days })}. ${
          deadline.reply ? `${t('followUp.reply')}: ${deadline.reply}.` : `${t('followUp.reply')}: ${t('followUp.reply.none')}.`
        }`,
        url: new URL(paths.decision('en', entry.id), site).href,
      },
    ];
  });
  const host = site?.hostname ?? 'localhost';
  return new Response(calendar(t('site.name'), events, today, host), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
