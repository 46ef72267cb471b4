/**
 * Figures the State published about its national mechanism, kept as stated,
 * with their date and source. They are not computed from the portal's entries
 * and may differ from them (the mechanism page explains why).
 */
export const april2024Statement = {
  date: '2024-04',
  meetings: 16,
  considered: 37,
  byCommittee: { CCPR: 33, CAT: 1, CEDAW: 1 },
  positionsSent: 10,
  /** No address of the statement is in the record; it is cited by date. */
  sourceUrl: null,
} as const;

export const may2025Statement = {
  date: '2025-05-26',
  meetings: 24,
  /** Published by the Ministry of Foreign Affairs (named on the page from the dictionary). */
  sourceUrl: 'https://www.gov.kz/memleket/entities/mfa/press/news/details/1005703?lang=en',
} as const;
