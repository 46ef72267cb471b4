/**
 * The rows of the decision tables and of the follow-up board, written as HTML
 * once per decision and language and reused by every list that shows them.
 *
 * At 10,000 decisions the lists hold hundreds of thousands of rows (each
 * decision is in the full list, its sorted variants and one page per facet);
 * as Astro components they took longer than all the decision pages. The
 * markup is the one the components had, escaped as Astro escapes text. Rows
 * and cells carry their roles, as the tables do (see DecisionTable.astro).
 */
import { useTranslations, type Locale } from '../i18n/index.ts';
import { boardRows, type BoardRow, type BoardSort } from '../lib/board.ts';
import { caseTitle, yearOf, type DecisionEntry, type FollowupEntry } from '../lib/decisions.ts';
import { escapeHtml } from '../lib/html.ts';
import { memo } from '../lib/memo.ts';
import { paths } from '../lib/paths.ts';
import type { useLocalizedContent } from './localized.ts';
import type { Committee } from '../schemas/committee.ts';

type Localized = Awaited<ReturnType<typeof useLocalizedContent>>;

const attributes = (values: Record<string, string | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    // An empty value as Astro writes it: the bare attribute.
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value!)}"`))
    .join('');

/** Each row's HTML, per entry object and language. */
const decisionRows = memo<DecisionEntry, string>();

/** A row of the decision table: case and subject, committee, adoption day, outcome. */
export function decisionRow(entry: DecisionEntry, locale: Locale, content: Localized): string {
  return decisionRows(entry, locale, () => {
    const { t, date } = useTranslations(locale);
    const { data } = entry;
    const view = content.decision(entry as never);
    const subject = data.subject
      ? ` · <span${attributes({ lang: view.labelsLanguage === locale ? undefined : view.labelsLanguage })}>${escapeHtml(view.data.subject ?? '')}</span>`
      : '';
    const adopted = data.adopted
      ? `<time datetime="${data.adopted}">${escapeHtml(date(data.adopted))}</time>`
      : `<span class="not-recorded">${escapeHtml(t('decision.notRecordedShort'))}</span>`;
    const outcome = data.outcome ?? 'unknown';
    return [
      `<tr role="row"${attributes({
        'data-committee': data.committee.id,
        'data-year': String(yearOf(entry) ?? ''),
        'data-outcome': outcome,
        'data-adopted': data.adopted ?? '',
        'data-number': data.communications[0],
      })}>`,
      `<td role="cell"><a href="${escapeHtml(paths.decision(locale, entry.id))}">${escapeHtml(caseTitle(data, t, locale))}</a><br><span class="muted">${escapeHtml(data.communications.join(', '))}${subject}</span></td>`,
      `<td role="cell" data-label="${escapeHtml(t('list.col.committee'))}">${escapeHtml(data.committee.id)}</td>`,
      `<td role="cell" data-label="${escapeHtml(t('list.col.adopted'))}">${adopted}</td>`,
      `<td role="cell" data-label="${escapeHtml(t('list.col.outcome'))}">${findingHtml(content.finding(data))}</td>`,
      '</tr>\n',
    ].join('');
  });
}

/** The outcome with where it comes from, as OutcomeTag.astro writes it. */
function findingHtml(finding: ReturnType<Localized['finding']>): string {
  const tag = `<span class="tag tag--${finding.outcome ?? 'unknown'}">${escapeHtml(finding.label)}</span>`;
  if (!finding.basisText) return `<span class="finding">${tag}</span>`;
  return `<span class="finding">${tag} <span class="finding-basis finding-basis--${finding.basis}">${escapeHtml(finding.basisText)}</span></span>`;
}

const boardRowsHtml = memo<BoardRow<DecisionEntry, FollowupEntry>, string>();

/** A row of the follow-up board: case, status, reply due, latest step. */
export function boardRow(row: BoardRow<DecisionEntry, FollowupEntry>, locale: Locale, content: Localized): string {
  return boardRowsHtml(row, locale, () => {
    const { t, date } = useTranslations(locale);
    const { decision } = row;
    const page = paths.decision(locale, decision.id);
    const period = row.period
      ? `<time datetime="${row.period.ends}">${escapeHtml(date(row.period.ends))}</time><br><span class="muted">${escapeHtml(
          t(row.periodEnded ? 'board.period.endedNoReply' : row.period.ended ? 'board.period.ended' : 'board.period.ends'),
        )}</span>`
      : `<span class="muted">${escapeHtml(t('board.period.none'))}</span>`;
    const latestDate = row.latest?.data.date;
    const latest = row.latest
      ? `${latestDate ? `<time datetime="${latestDate}">${escapeHtml(date(latestDate))}</time>` : `<span class="muted">${escapeHtml(t('decision.undated'))}</span>`}<br><a href="${escapeHtml(`${page}#event-${row.latest.id}`)}">${escapeHtml(content.followup(row.latest as never).data.title)}</a>`
      : `<span class="muted">${escapeHtml(t('board.latest.none'))}</span>`;
    return [
      `<tr role="row"${attributes({
        'data-committee': decision.data.committee.id,
        'data-status': row.status,
        'data-ended': row.periodEnded ? 'yes' : 'no',
        'data-period': row.period?.ends ?? '',
        'data-adopted': decision.data.adopted ?? '',
      })}>`,
      `<td role="cell"><a href="${escapeHtml(page)}">${escapeHtml(caseTitle(decision.data, t, locale))}</a><br><span class="muted">${escapeHtml(decision.data.committee.id)} · ${escapeHtml(decision.data.communications.join(', '))}</span><br>${findingHtml(content.finding(decision.data))}</td>`,
      `<td role="cell" data-label="${escapeHtml(t('board.col.status'))}"><span class="status-tag status-tag--${row.status}">${escapeHtml(t(`followUp.status.${row.status}`))}</span></td>`,
      `<td role="cell" data-label="${escapeHtml(t('board.col.period'))}">${period}</td>`,
      `<td role="cell" data-label="${escapeHtml(t('board.col.latest'))}">${latest}</td>`,
      '</tr>\n',
    ].join('');
  });
}

type Rows = BoardRow<DecisionEntry, FollowupEntry>[];
const boards = new WeakMap<readonly DecisionEntry[], WeakMap<readonly FollowupEntry[], Map<string, Rows>>>();

/** The board's rows in one order, worked out once per build for all the board's pages. */
export function sharedBoardRows<D extends DecisionEntry, F extends FollowupEntry>(
  decisions: readonly D[],
  followups: readonly F[],
  committees: ReadonlyMap<string, Pick<Committee, 'replyPeriod'>>,
  today: string,
  sort: BoardSort,
): BoardRow<D, F>[] {
  let byFollowups = boards.get(decisions);
  if (!byFollowups) boards.set(decisions, (byFollowups = new WeakMap()));
  let bySort = byFollowups.get(followups);
  if (!bySort) byFollowups.set(followups, (bySort = new Map()));
  const key = `${sort} ${today}`;
  let rows = bySort.get(key);
  if (!rows) bySort.set(key, (rows = boardRows(decisions, followups, committees, today, sort)));
  return rows as BoardRow<D, F>[];
}
