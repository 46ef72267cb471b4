/**
 * The script of the pages that do more with JavaScript: the search page, the
 * decision lists and the follow-up board, whose addresses hold what the reader
 * asked (kept when they change language). Each part runs only on a page that
 * has its elements.
 */
import { keepQueryInLanguageLinks } from './language-links.ts';
import { enhanceDecisionList, enhanceFollowUpBoard } from './lists.ts';
import { startSearch } from './search.ts';

export function enhancePage(): void {
  keepQueryInLanguageLinks();
  if (document.querySelector('[data-search-form]')) void startSearch();
  const table = document.querySelector<HTMLElement>('[data-filter-table]')?.dataset.filterTable;
  if (table === 'decisions') enhanceDecisionList();
  else if (table === 'board') enhanceFollowUpBoard();
}
