/**
 * The folders under the site root that hold the redirects from a UN symbol or
 * a communication number to a decision: /symbol/CCPR/C/130/D/2521/2015/ and
 * /communication/ccpr/2521-2015/ (src/pages/symbol, src/pages/communication).
 */
export const REDIRECT_FOLDERS = ['symbol', 'communication'] as const;
