/**
 * The redirects that lead from a UN symbol or a communication number to a
 * decision: /symbol/CCPR/C/130/D/2521/2015/ and /communication/ccpr/2521-2015/.
 * In a build, Astro renders one redirect page as a template and
 * `scripts/build-decision-files.ts` fills it in for every decision; `astro dev`
 * serves each redirect from its route.
 */
export const REDIRECT_TEMPLATE = { id: 'redirect-template-decision', label: 'redirect-template-label' } as const;

/** The folders under the site root that hold the redirect pages. */
export const REDIRECT_FOLDERS = ['symbol', 'communication'] as const;

/** Folders of the redirect pages under the site root, without the base path. */
export const redirectPath = {
  symbol: (symbol: string) => `${REDIRECT_FOLDERS[0]}/${symbol}`,
  communication: (committee: string, number: string) =>
    `${REDIRECT_FOLDERS[1]}/${committee.toLowerCase()}/${number.replace('/', '-')}`,
};
