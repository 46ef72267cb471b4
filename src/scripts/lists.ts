/** The two filterable lists, the decision list and the follow-up board, and their sort orders. */
import { byDataAscending, byDataDescending, enhanceFilterTable, type Comparator } from './filter-table.ts';

function compareNumbers(a: string, b: string): number {
  const [numberA = 0, yearA = 0] = a.split('/').map(Number);
  const [numberB = 0, yearB = 0] = b.split('/').map(Number);
  return yearA - yearB || numberA - numberB;
}

const COMMITTEE_ORDER = ['CCPR', 'CAT', 'CEDAW', 'CERD', 'CRPD', 'CRC'];
const byNumber: Comparator = (a, b) => compareNumbers(a.dataset.number ?? '', b.dataset.number ?? '');
const byAdopted: Comparator = (a, b) => byDataDescending('adopted')(a, b) || byNumber(a, b);

export function enhanceDecisionList(): void {
  enhanceFilterTable({
    adopted: byAdopted,
    number: byNumber,
    committee: (a, b) =>
      COMMITTEE_ORDER.indexOf(a.dataset.committee ?? '') - COMMITTEE_ORDER.indexOf(b.dataset.committee ?? '') || byAdopted(a, b),
  });
}

export function enhanceFollowUpBoard(): void {
  enhanceFilterTable({ period: byDataAscending('period'), adopted: byDataDescending('adopted') });
}
