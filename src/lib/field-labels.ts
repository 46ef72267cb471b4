/** The dictionary key that labels each completable decision field on the page. */
import type { MessageKey } from '../i18n/index.ts';
import type { CompletableField } from './completeness.ts';

export const FIELD_LABELS: Record<CompletableField, MessageKey> = {
  outcome: 'decision.outcome',
  symbols: 'decision.symbols',
  adopted: 'decision.adopted',
  articlesViolated: 'decision.articlesViolated',
  remedies: 'decision.remedies',
  type: 'decision.type',
  submitted: 'decision.submitted',
  session: 'decision.session',
  subject: 'decision.subject',
  articlesInvoked: 'decision.articlesInvoked',
};
