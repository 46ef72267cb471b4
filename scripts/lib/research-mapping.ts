/**
 * How a fact of the research files (`research/`, `../shared/data/`) becomes
 * the frontmatter of an entry. The field-by-field mapping is documented for
 * editors in CONTRIBUTING.md ("Where the facts come from"); a value the
 * mapping cannot place (a name with a note in it, a reporter no publisher
 * matches) stops the import with the record named, rather than publishing a
 * guess.
 */

export type DecisionRecord = {
  committee: string;
  communication_numbers: string[];
  document_symbol: string | null;
  authors: string[];
  represented_by: string | null;
  date_of_submission: string | null;
  date_of_adoption: string | null;
  session: number | null;
  decision_type: string | null;
  subject_matter: string | null;
  procedural_issues: string | null;
  substantive_issues: string | null;
  articles_invoked: string[] | null;
  articles_violated: string[] | null;
  outcome: string | null;
  outcome_source?: string | null;
  remedies: string[] | null;
  publication_requested?: boolean | null;
  follow_up_deadline_days?: number | null;
  source_urls: string[];
  uncertain: boolean;
  outcome_basis: string | null;
  verified_by: string | null;
  data_issues: string | null;
};

export type FollowupRecord = {
  kind: string;
  committee: string;
  communication_numbers: string[];
  document_symbol: string | null;
  date: string | null;
  source_urls: string[];
  topic?: string;
  remedy_kinds?: string[] | null;
  source_note?: string;
};

/** `2904/2016-2907/2016` stands for every number from 2904 to 2907 registered in 2016. */
export function expandNumbers(numbers: readonly string[]): string[] {
  return numbers.flatMap((item) => {
    const range = /^(\d+)\/(\d{4})-(\d+)\/(\d{4})$/.exec(item);
    if (!range) return [item];
    const [, first, year, last] = range;
    return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => `${Number(first) + i}/${year}`);
  });
}

/** The research cites some pages over http; the portal links https only, which these hosts serve. */
function secure(url: string): string {
  return url.replace(/^http:\/\//i, 'https://');
}

type SourceRule = { host: RegExp; label: string; type: string; publisher?: string; copy?: boolean };

/**
 * What each host's pages are. The publisher is named only where the host does
 * not name it (a copy of the OHCHR database kept on GitHub).
 */
const SOURCE_RULES: SourceRule[] = [
  { host: /docstore\.ohchr\.org/, label: 'UN document (OHCHR document store)', type: 'decision' },
  { host: /tbinternet\.ohchr\.org/, label: 'UN treaty body database', type: 'decision' },
  { host: /ccprcentre\.org/, label: 'CCPR Centre case page', type: 'case-page' },
  {
    host: /github\.com\/nathanhari/,
    label: 'Copy of the OHCHR jurisprudence database (2016)',
    type: 'database',
    publisher: 'jurisprudence-copy',
  },
  { host: /espchhelp\.ru/, label: 'espchhelp.ru case digest', type: 'case-page' },
  { host: /ishr\.ch/, label: 'International Service for Human Rights news', type: 'news' },
  { host: /bureau\.kz/, label: 'Kazakhstan International Bureau for Human Rights', type: 'news' },
  { host: /rferl\.org/, label: 'Radio Free Europe/Radio Liberty', type: 'news' },
  { host: /justiceinitiative\.org|opensocietyfoundations\.org/, label: 'Open Society Justice Initiative', type: 'news' },
  { host: /freedomhouse\.org/, label: 'Freedom House', type: 'news' },
  { host: /gov\.kz/, label: 'Government of Kazakhstan', type: 'statement' },
  { host: /hfhr\.pl/, label: 'Helsinki Foundation for Human Rights', type: 'statement' },
  { host: /mutabar\.org/, label: 'Human Rights Society Mutabar (ACAT report)', type: 'report' },
  { host: /fergananews\.com/, label: 'Fergana News', type: 'news' },
  { host: /exclusive\.kz/, label: 'Exclusive.kz', type: 'news' },
  { host: /kkassiyet\.wordpress\.com/, label: 'Kadir-Kassiyet', type: 'report' },
  { host: /adilsoz\.kz/, label: 'Adil Soz', type: 'news' },
  { host: /the-village-kz\.com/, label: 'The Village Kazakhstan', type: 'news' },
  { host: /docsbay\.net|docest\.com|docslib\.org|skal\.fun|minorityforum\.info/, label: '', type: 'other' },
  { host: /alfarss\.net/, label: 'Alfarss.net (copy of a Government account)', type: 'statement', copy: true },
  { host: /shoroukexpress\.com/, label: 'shoroukexpress.com (copy of a Trend news report)', type: 'news', copy: true },
  { host: /thebulletin\.news/, label: 'thebulletin.news', type: 'news' },
];

export function sourceOf(rawUrl: string, inDecision: boolean) {
  const url = secure(rawUrl);
  const rule = SOURCE_RULES.find(({ host }) => host.test(url.toLowerCase()));
  const hostname = new URL(url).hostname.replace(/^www\./, '');
  const type = rule ? (rule.type === 'decision' && !inDecision ? 'un-document' : rule.type) : 'other';
  return {
    url,
    label: rule?.label || hostname,
    type,
    ...(rule?.publisher ? { publisher: rule.publisher } : {}),
    ...(rule?.copy ? { copy: true } : {}),
  };
}

/**
 * Who a secondary outcome's basis names, by publisher file name. The basis is
 * the researchers' own note ("secondary: ccprcentre summary ..."); every
 * organisation it names as reporting the finding is credited.
 */
const REPORTERS: [RegExp, string][] = [
  [/ccprcentre/i, 'ccpr-centre'],
  [/\bISHR\b/, 'ishr'],
  [/KIBHR|bureau\.kz/, 'kibhr'],
  [/RFE\/RL/, 'rferl'],
  [/\bACAT\b/, 'mutabar'],
  [/espchhelp/, 'espchhelp'],
  [/Kadir-Kassiyet/, 'kadir-kassiyet'],
  [/\bOSJI\b/, 'osji'],
  [/The Village KZ/, 'the-village-kz'],
  [/NGO submission/, 'docsbay'],
  [/policehumanrightsresources/, 'policehumanrightsresources'],
  [/Freedom House/, 'freedom-house'],
  [/Fergana News/, 'fergana'],
  [/adilsoz/, 'adil-soz'],
];

export function reportersOf(basis: string | null): string[] {
  if (!basis) return [];
  return REPORTERS.filter(([pattern]) => pattern.test(basis)).map(([, id]) => id);
}

/**
 * Authors as the research lists them, with notes split into their own fields:
 * "X (on behalf of his brother, Y)", "X and 28 other complainants", "Y (deceased son)",
 * "Koshkarbayev (first name not shown)"; "Not named in ..." leaves the author unrecorded.
 */
export function splitAuthors(listed: readonly string[], where: string) {
  const authors: string[] = [];
  const onBehalfOf: string[] = [];
  let otherAuthors = 0;
  for (const item of listed) {
    let match: RegExpExecArray | null;
    if ((match = /^(.+?) \(on behalf of (?:his|her|their) \w+, (.+)\)$/.exec(item))) {
      authors.push(match[1]!);
      onBehalfOf.push(match[2]!);
    } else if ((match = /^(.+?) and (\d+) other complainants$/.exec(item))) {
      authors.push(match[1]!);
      otherAuthors += Number(match[2]);
    } else if ((match = /^(.+?) \(deceased \w+\)$/.exec(item))) {
      onBehalfOf.push(match[1]!);
    } else if ((match = /^(.+?) \(first name not shown(?: in stored material)?\)$/.exec(item))) {
      authors.push(match[1]!);
    } else if (/^not named\b/i.test(item)) {
      // No source names this author: left unrecorded.
    } else if (/[()]|not named|not shown/i.test(item)) {
      throw new Error(`${where}: the author "${item}" holds a note the import cannot place: correct the research record`);
    } else authors.push(item);
  }
  return {
    authors: authors.length ? authors : null,
    ...(onBehalfOf.length ? { onBehalfOf } : {}),
    ...(otherAuthors ? { otherAuthors } : {}),
  };
}

/**
 * Counsel as listed, without the researchers' notes: on other spellings ("(Iurii Stukanov in
 * RFE/RL)"), on where it was read ("(per bureau.kz)"), and the lead-in "Complaint filed by the".
 */
function counselOf(text: string | null): string | null {
  return (
    text
      ?.replace(/ \([^()]* in [A-Z][^()]*\)$/, '')
      .replace(/ \((?:per|according to) [^()]*\)$/i, '')
      .replace(/^Complaint filed by (?:the )?/i, '') ?? null
  );
}

/**
 * The researchers' notes on a label: where it was read ("(ccprcentre tags) Fair trial")
 * or that it was translated from another language's version of the document.
 */
const LABEL_NOTES = [/ \(translated from the \w+ header\)/g, /^\([\w. ]*\btags?\) /];

function label(text: string | null): string | null {
  return text === null ? null : LABEL_NOTES.reduce((result, note) => result.replace(note, ''), text);
}

function issues(text: string | null): string[] | null {
  if (text === null) return null;
  if (/^(N\/A|None)$/i.test(text.trim())) return [];
  return text
    .split(';')
    .map((part) => label(part.trim())!.trim())
    .filter(Boolean);
}

/**
 * An entry written by an earlier import, in today's shape: notes split out of
 * the authors, counsel without spelling notes, each source with its type. Applied
 * before the merge, so that the shape's change is not mistaken for an editor's.
 */
export function upgradeEntry(data: Record<string, unknown>, inDecision: boolean, where: string): Record<string, unknown> {
  const upgraded = { ...data };
  if (Array.isArray(data.authors)) {
    Object.assign(upgraded, splitAuthors(data.authors as string[], where));
  }
  if (typeof data.counsel === 'string') upgraded.counsel = counselOf(data.counsel);
  if (typeof data.subject === 'string') upgraded.subject = label(data.subject);
  for (const key of ['proceduralIssues', 'substantiveIssues']) {
    if (Array.isArray(data[key])) upgraded[key] = (data[key] as string[]).map((item) => label(item));
  }
  if (Array.isArray(data.sources)) {
    upgraded.sources = (data.sources as { url: string; label: string; type?: string }[]).map((item) =>
      item.type ? item : { ...sourceOf(item.url, inDecision), label: item.label, url: item.url },
    );
  }
  return upgraded;
}

export function decisionIdOf(committee: string, firstNumber: string): string {
  return `${committee.toLowerCase()}-${firstNumber.replace('/', '-')}`;
}

export function mapDecision(record: DecisionRecord) {
  const communications = expandNumbers(record.communication_numbers);
  const id = decisionIdOf(record.committee, communications[0]!);
  const outcome = record.outcome?.replace('_', '-') ?? null;
  const outcomeSource = outcome === null ? null : (record.outcome_source ?? null);
  const reportedBy = outcomeSource === 'secondary' ? reportersOf(record.outcome_basis) : [];
  if (outcomeSource === 'secondary' && reportedBy.length === 0) {
    throw new Error(`${id}: no publisher matches the outcome's basis "${record.outcome_basis}": add it to REPORTERS`);
  }
  const data = {
    committee: record.committee,
    communications,
    symbols: record.document_symbol ? record.document_symbol.split(';').map((symbol) => symbol.trim()) : [],
    ...splitAuthors(record.authors, id),
    counsel: counselOf(record.represented_by),
    submitted: record.date_of_submission,
    adopted: record.date_of_adoption,
    session: record.session,
    type: record.decision_type,
    outcome,
    subject: label(record.subject_matter),
    proceduralIssues: issues(record.procedural_issues),
    substantiveIssues: issues(record.substantive_issues),
    articlesInvoked: record.articles_invoked,
    articlesViolated: record.articles_violated,
    remedies: record.remedies?.map((kind) => ({ kind: kind.replaceAll('_', '-'), status: 'no-information' })) ?? null,
    publicationRequested: record.publication_requested ?? null,
    followUpDays: record.follow_up_deadline_days ?? null,
    sources: record.source_urls.map((url) => sourceOf(url, true)),
    verification: {
      uncertain: record.uncertain,
      outcomeSource,
      outcomeReportedBy: reportedBy,
      outcomeBasis: record.outcome_basis,
      checkedAgainst: record.verified_by,
      openQuestions: record.data_issues,
    },
  };
  return { id, data };
}

const FOLLOWUP_KINDS: Record<string, Record<string, string>> = {
  'ngo-report': { kind: 'comment', by: 'ngo' },
  'committee-list-of-issues': { kind: 'committee-document', documentType: 'list-of-issues' },
  'committee-concluding-observations': { kind: 'committee-document', documentType: 'concluding-observations' },
  'domestic-court-ruling': { kind: 'domestic-measure', measure: 'court-ruling' },
  'government-statement': { kind: 'government-statement' },
  'media-report': { kind: 'media-report' },
};

/** The research's topics of general statements, as the schema names them. */
const TOPICS: Record<string, string> = {
  'iwg-figures': 'working-group-figures',
  'positions-sent': 'positions-sent',
  'general-position': 'general-position',
  'reported-measures': 'reported-measures',
  procedure: 'procedure',
  'upr-statement': 'review-statement',
};

/**
 * A follow-up fact's frontmatter and file name: `<decision>-<date>-<kind>`, with
 * the topic of a general statement, and `-2`, `-3`... when two would share a name.
 * `usedNames` carries the names given so far, so that the research's order decides.
 */
export function mapFollowup(record: FollowupRecord, idByNumber: ReadonlyMap<string, string>, usedNames: Set<string>) {
  const committee = record.committee.split(/[ /]/)[0];
  const decisions = record.communication_numbers.map((number) => {
    const id = idByNumber.get(`${committee} ${number}`);
    if (!id) throw new Error(`A follow-up fact names ${committee} ${number}, which no decision has`);
    return id;
  });
  const kind = FOLLOWUP_KINDS[record.kind];
  if (!kind) throw new Error(`A follow-up fact has an unknown kind ${record.kind}`);
  const topic = record.topic ? TOPICS[record.topic] : undefined;
  if (record.topic && !topic) throw new Error(`A follow-up fact has an unknown topic ${record.topic}`);
  const data = {
    ...kind,
    decisions,
    date: record.date,
    ...(record.document_symbol ? { document: record.document_symbol } : {}),
    ...(topic ? { topic } : {}),
    ...(record.remedy_kinds ? { remedies: record.remedy_kinds.map((item) => item.replaceAll('_', '-')) } : {}),
    sources: record.source_urls.map((url) => sourceOf(url, false)),
  };
  const stem = [decisions[0] ?? 'general', record.date ?? 'undated', kind.kind!, ...(topic ? [topic] : [])].join('-');
  let name = stem;
  for (let n = 2; usedNames.has(name); n += 1) name = `${stem}-${n}`;
  usedNames.add(name);
  return { name, data };
}
