/**
 * The script of the pages that do more with JavaScript: the search page, the
 * decision lists and the follow-up board. Each part runs only on a page that
 * has its elements.
 */
import { enhanceDecisionList, enhanceFollowUpBoard } from './lists.ts';
import { startSearch } from './search.ts';

export function enhancePage(): void {
  if (document.querySelector('[data-search-form]')) void startSearch();
  const table = document.querySelector<HTMLElement>('[data-filter-table]')?.dataset.filterTable;
  if (table === 'decisions') enhanceDecisionList();
  else if (table === 'board') enhanceFollowUpBoard();
}
