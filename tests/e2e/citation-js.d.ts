/** The part of citation-js the tests use; the package ships no types. */
declare module '@citation-js/core' {
  /** CSL-JSON items, as citation-js reads them from any format it knows. */
  type CslItem = Record<string, unknown> & { id?: string; title?: string; URL?: string };
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: CslItem[];
    format(format: 'bibliography', options?: { template?: string; lang?: string }): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
