/**
 * Citations of a decision: the usual UN form for the page, and BibTeX, RIS
 * and CSL-JSON for reference managers. Pure functions of the entry.
 */
import { endSentence, useTranslations, type Locale } from '../i18n/index.ts';
import type { Decision } from '../schemas/decision.ts';
import { caseTitle } from './decisions.ts';
import { officialDocumentUrl } from './paths.ts';

/** The facts of a decision a citation uses: from an entry, or from its record in the downloads. */
export type CitedDecision = Pick<Decision, 'communications' | 'adopted' | 'type' | 'symbols' | 'authors' | 'otherAuthors'> & {
  authorsCyrillic: { names: string[] } | null;
  /** The committee's code: as an entry references it, or as a download record writes it. */
  committee: { id: string } | string;
};

const committeeCode = (decision: CitedDecision) =>
  typeof decision.committee === 'string' ? decision.committee : decision.committee.id;

export type CitationInput = {
  id: string;
  decision: CitedDecision;
  /**
   * The outcome with where it comes from, in English, for the formats' note
   * field ("Violation found (as reported by CCPR Centre)"); `null` while none is recorded.
   */
  finding: string | null;
  /** "Ermek Narymbaev v. Kazakhstan" in the language of the citation. */
  title: string;
  committeeName: string;
  /** Address of the official document, or of the portal page where there is no symbol. */
  url: string;
};

/**
 * What the citation formats need about a decision: its title in `t`'s
 * language, and the address of its official document where it has a symbol,
 * else `pageUrl`, its page on the portal (see src/data/citations.ts).
 */
export function citationInputOf(
  id: string,
  decision: CitedDecision,
  committeeName: string,
  pageUrl: string,
  t: ReturnType<typeof useTranslations>['t'],
  locale: string = 'en',
  finding: string | null = null,
): CitationInput {
  const symbol = decision.symbols[0];
  return {
    id,
    decision,
    finding,
    title: caseTitle(decision, t, locale),
    committeeName,
    url: symbol ? officialDocumentUrl(symbol) : pageUrl,
  };
}

/** The pieces of the UN form in one language. */
export type CitationLabels = {
  communication: (numbers: readonly string[]) => string;
  /** "Views adopted on …" for Views; "decision adopted on …" for the others, the Committee against Torture's decisions on the merits among them. */
  adopted: (type: Decision['type'], day: string, committee: string) => string;
};

/** The UN form's pieces from a language's dictionary. */
export function citationLabels(locale: Locale): CitationLabels {
  const { t, plural, date } = useTranslations(locale);
  return {
    communication: (numbers) => plural('cite.communication', numbers.length, { numbers: numbers.join(', ') }),
    adopted: (type, day, committee) =>
      t(type === 'views' && committee !== 'CAT' ? 'cite.views' : 'cite.decision', { date: date(day) }),
  };
}

const english = citationLabels('en');

/**
 * "Ermek Narymbaev v. Kazakhstan, Human Rights Committee, communication
 * No. 2521/2015, Views adopted on 6 November 2020, CCPR/C/130/D/2521/2015."
 * Parts no source states are left out rather than guessed.
 */
export function unCitation(input: CitationInput, labels: CitationLabels): string {
  const { decision } = input;
  const parts = [
    input.title,
    input.committeeName,
    labels.communication(decision.communications),
    decision.adopted ? labels.adopted(decision.type, decision.adopted, committeeCode(decision)) : null,
    decision.symbols.length ? decision.symbols.join('; ') : null,
  ].filter((part): part is string => part !== null);
  return endSentence(parts.join(', '));
}

/**
 * The note the reference formats carry: the communication numbers, the outcome
 * with its basis where recorded, and that the adoption date is not recorded where
 * it is not, so that an empty year is never read as a fact.
 */
function note(input: CitationInput): string {
  return [
    english.communication(input.decision.communications),
    ...(input.finding ? [`outcome: ${input.finding}`] : []),
    ...(input.decision.adopted ? [] : ['date of adoption not recorded']),
  ].join('; ');
}

function bibtexEscape(text: string): string {
  return text.replace(/([{}\\&%$#_^~])/g, '\\$1');
}

export function bibtex(input: CitationInput): string {
  const { decision } = input;
  const fields: [string, string | null][] = [
    ['title', input.title],
    ['author', `{${input.committeeName}}`],
    ['year', decision.adopted?.slice(0, 4) ?? null],
    ['date', decision.adopted],
    ['number', decision.symbols.join('; ') || null],
    ['note', note(input)],
    ['url', input.url],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== null)
    // The corporate author is already braced; a URL is taken literally by BibTeX's url field.
    .map(([name, value]) => `  ${name} = {${name === 'author' || name === 'url' ? value : bibtexEscape(value)}}`)
    .join(',\n');
  return `@misc{${input.id},\n${body}\n}\n`;
}

/** RIS, as Zotero, EndNote and Mendeley import it; CASE is its type for a legal decision. */
export function ris(input: CitationInput): string {
  const { decision } = input;
  const lines: [string, string | null][] = [
    ['TY', 'CASE'],
    ['TI', input.title],
    ['AU', input.committeeName],
    // The deciding body as publisher: reference managers (citation-js among them) read a case's court from PB.
    ['PB', input.committeeName],
    ['PY', decision.adopted?.slice(0, 4) ?? null],
    ['DA', decision.adopted?.replace(/-/g, '/') ?? null],
    ['M1', decision.symbols.join('; ') || null],
    ['N1', note(input)],
    ['UR', input.url],
    ['ER', ''],
  ];
  return `${lines
    .filter((line): line is [string, string] => line[1] !== null)
    .map(([tag, value]) => `${tag}  - ${value}`.trimEnd())
    .join('\r\n')}\r\n`;
}

/** CSL-JSON, the format of Zotero and citation processors; `legal_case` is its type for a decision. */
export function cslJson(input: CitationInput) {
  const { decision } = input;
  return [
    {
      id: input.id,
      type: 'legal_case',
      title: input.title,
      authority: input.committeeName,
      number: decision.symbols.join('; ') || undefined,
      note: note(input),
      ...(decision.adopted ? { issued: { 'date-parts': [decision.adopted.split('-').map(Number)] } } : {}),
      URL: input.url,
    },
  ];
}
