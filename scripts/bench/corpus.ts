/**
 * A synthetic corpus for the benchmark: as many decisions, follow-up entries
 * and Working Group meetings as asked, across the six committees, with kk and
 * ru translations of every decision and follow-up entry, laid out like the
 * project (`<root>/src/content/...`) so the validator and the build read it
 * as they read the real content.
 *
 * Entries are made of the real content's own parts, so the text has the
 * vocabulary and length of real summaries: each decision borrows the
 * subject and issues of a real decision (in all three languages) and a body
 * of sentences drawn from the real summaries in its language. Names, numbers,
 * dates and outcomes are generated. The same seed gives the same corpus.
 *
 * Nothing here is a fact about a real case; the corpus is never published.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { stringify } from 'yaml';
import { COMMITTEE_CODES } from '../../src/schemas/common.ts';
import { OUTCOMES, REMEDY_KINDS, REMEDY_STATUSES } from '../../src/schemas/decision.ts';
import { latinToCyrillic } from '../../src/lib/transliterate.ts';

export type CorpusOptions = {
  /** Where to write; the folder is emptied first. */
  root: string;
  decisions: number;
  followups: number;
  /** The project whose real content supplies the text. */
  source: string;
  seed?: number;
};

export type CorpusSummary = {
  decisions: number;
  followups: number;
  meetings: number;
  translations: number;
  files: number;
  bytes: number;
  /** Surnames of a few generated authors, for search queries. */
  sampleSurnames: string[];
};

/** A small, fast, seeded generator (mulberry32), so a corpus can be rebuilt exactly. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (probability: number) => next() < probability;
  return { next, int, pick, chance };
}

type Parsed = { data: Record<string, unknown>; body: string };

function readEntries(dir: string): Map<string, Parsed> {
  const entries = new Map<string, Parsed>();
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    const { data, content } = matter(readFileSync(join(dir, name), 'utf8'));
    entries.set(name.replace(/\.md$/, ''), { data, body: content.trim() });
  }
  return entries;
}

function sentencesOf(bodies: Iterable<string>): string[] {
  return [...bodies]
    .flatMap((body) => body.split(/\n+/))
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?»])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 40 && !sentence.startsWith('<!--'));
}

// Names in the committees' Latin spelling, written for the benchmark.
const GIVEN = [
  'Aidos',
  'Aigerim',
  'Akmaral',
  'Almas',
  'Arman',
  'Asel',
  'Askar',
  'Aliya',
  'Bakhyt',
  'Bolat',
  'Dana',
  'Daniyar',
  'Dariga',
  'Dauren',
  'Gulnara',
  'Gulmira',
  'Ilyas',
  'Kairat',
  'Kuanysh',
  'Madina',
  'Marat',
  'Nurlan',
  'Olga',
  'Rustam',
  'Saltanat',
  'Saule',
  'Serik',
  'Timur',
  'Vladimir',
  'Yerlan',
  'Yelena',
  'Zhanna',
  'Zhanibek',
];
const ROOTS = [
  'Abdi',
  'Akhmet',
  'Alim',
  'Amanzhol',
  'Baimukh',
  'Bekmukhamed',
  'Dzhaksy',
  'Yesen',
  'Ibragim',
  'Kaliyev',
  'Kassym',
  'Kudaibergen',
  'Mukan',
  'Nazarbek',
  'Omar',
  'Sadyk',
  'Seitkali',
  'Suleimen',
  'Tokhtar',
  'Tulegen',
  'Zhumabek',
  'Karim',
  'Rakhim',
  'Sultan',
  'Tair',
  'Yerzhan',
  'Kuat',
  'Berik',
  'Nurgali',
  'Ospan',
  'Sarsen',
  'Zhaksylyk',
];
const SUFFIXES = ['ov', 'ova', 'ev', 'eva', 'uly', 'kyzy', 'bayev', 'bayeva', 'in', 'ina'];

const COMMITTEE_WEIGHTS: Record<(typeof COMMITTEE_CODES)[number], number> = {
  CCPR: 60,
  CAT: 15,
  CEDAW: 8,
  CERD: 5,
  CRPD: 7,
  CRC: 5,
};

const FOLLOWUP_TITLES: Record<string, Record<'en' | 'ru' | 'kk', string>> = {
  'mechanism-step': {
    en: 'Views referred to the Prosecutor General for legal analysis',
    ru: 'Соображения направлены в Генеральную прокуратуру для правового анализа',
    kk: 'Пікірлер құқықтық талдау үшін Бас прокуратураға жіберілді',
  },
  'state-position': {
    en: 'Position of Kazakhstan sent to OHCHR',
    ru: 'Позиция Казахстана направлена в УВКПЧ',
    kk: 'Қазақстанның ұстанымы БҰҰ-ның Адам құқықтары жөніндегі жоғарғы комиссарының басқармасына жіберілді',
  },
  'committee-assessment': {
    en: 'Committee assesses the follow-up',
    ru: 'Комитет оценивает последующие меры',
    kk: 'Комитет кейінгі шараларды бағалады',
  },
  'committee-document': {
    en: 'Case mentioned in concluding observations',
    ru: 'Дело упомянуто в заключительных замечаниях',
    kk: 'Іс қорытынды ескертулерде аталды',
  },
  'domestic-measure': {
    en: 'Court reviews the case',
    ru: 'Суд пересматривает дело',
    kk: 'Сот істі қайта қарады',
  },
  comment: {
    en: 'Counsel comments on the State’s reply',
    ru: 'Адвокат комментирует ответ государства',
    kk: 'Адвокат мемлекеттің жауабына пікір білдірді',
  },
  'government-statement': {
    en: 'Ministry comments on the Views',
    ru: 'Министерство комментирует соображения',
    kk: 'Министрлік пікірлерге түсініктеме берді',
  },
  'media-report': {
    en: 'Press report on the case',
    ru: 'Публикация в прессе о деле',
    kk: 'Іс туралы баспасөз жарияланымы',
  },
};
const FOLLOWUP_KINDS = Object.keys(FOLLOWUP_TITLES);
const FOLLOWUP_WEIGHTS = [20, 25, 15, 5, 10, 10, 5, 10];

const LEAD = {
  en: (names: string, committee: string, year: number) => `${names} complained to the ${committee} in ${year}.`,
  ru: (names: string, committee: string, year: number) => `Заявитель: ${names}. Комитет: ${committee}, ${year} год.`,
  kk: (names: string, committee: string, year: number) => `Шағымданушы: ${names}. Комитет: ${committee}, ${year} жыл.`,
};

const pad = (value: number) => String(value).padStart(2, '0');
const day = (year: number, month: number, date: number) => `${year}-${pad(month)}-${pad(date)}`;
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
/**
 * The corpus's today: no decision is adopted, and no follow-up dated, after it.
 * Fixed rather than the day it is generated, so that a seed always gives the same corpus.
 */
const LATEST = '2026-06-30';
/** A number of days from `from` between `fewest` and `most`, not past LATEST where that leaves room. */
const daysUntilLatest = (rng: ReturnType<typeof random>, from: string, fewest: number, most: number) =>
  rng.int(fewest, Math.max(fewest, Math.min(most, daysBetween(from, LATEST))));

function weighted<T>(rng: ReturnType<typeof random>, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = rng.next() * total;
  for (const [index, item] of items.entries()) {
    roll -= weights[index]!;
    if (roll < 0) return item;
  }
  return items.at(-1)!;
}

export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const rng = random(options.seed ?? 20261128);
  const content = join(options.source, 'src/content');
  const out = join(options.root, 'src/content');
  rmSync(options.root, { recursive: true, force: true });
  for (const folder of ['decisions', 'followups', 'meetings', 'translations/kk/decisions', 'translations/ru/decisions']) {
    mkdirSync(join(out, folder), { recursive: true });
  }
  for (const folder of ['translations/kk/followups', 'translations/ru/followups'])
    mkdirSync(join(out, folder), { recursive: true });
  // The committees are the real ones, with their translations.
  cpSync(join(content, 'committees'), join(out, 'committees'), { recursive: true });
  for (const language of ['kk', 'ru']) {
    cpSync(join(content, 'translations', language, 'committees'), join(out, 'translations', language, 'committees'), {
      recursive: true,
    });
  }

  const realDecisions = [...readEntries(join(content, 'decisions'))];
  const realTranslations = {
    kk: readEntries(join(content, 'translations/kk/decisions')),
    ru: readEntries(join(content, 'translations/ru/decisions')),
  };
  const committeeNames = Object.fromEntries(
    (['en', 'kk', 'ru'] as const).map((language) => [
      language,
      Object.fromEntries(
        COMMITTEE_CODES.map((code) => {
          const file =
            language === 'en'
              ? join(content, 'committees', `${code.toLowerCase()}.md`)
              : join(content, 'translations', language, 'committees', `${code.toLowerCase()}.md`);
          return [code, String(matter(readFileSync(file, 'utf8')).data.name)];
        }),
      ),
    ]),
  ) as Record<'en' | 'kk' | 'ru', Record<string, string>>;
  const realFollowups = readEntries(join(content, 'followups'));
  const sentences = {
    en: sentencesOf([...realDecisions.map(([, entry]) => entry.body)]),
    kk: sentencesOf([...realTranslations.kk.values()].map((entry) => entry.body)),
    ru: sentencesOf([...realTranslations.ru.values()].map((entry) => entry.body)),
  };
  const followupSentences = {
    en: sentencesOf([...realFollowups.values()].map((entry) => entry.body)),
    kk: sentencesOf([...readEntries(join(content, 'translations/kk/followups')).values()].map((entry) => entry.body)),
    ru: sentencesOf([...readEntries(join(content, 'translations/ru/followups')).values()].map((entry) => entry.body)),
  };

  let files = 0;
  let bytes = 0;
  const write = (path: string, data: Record<string, unknown>, body: string) => {
    const text = `---\n${stringify(data, { lineWidth: 0 })}---\n${body}\n`;
    writeFileSync(join(out, path), text);
    files += 1;
    bytes += Buffer.byteLength(text);
  };

  /** A body of two or three paragraphs, about as long as a real summary. */
  const bodyOf = (pool: string[], lead: string, sentencesWanted: number) => {
    const chosen = Array.from({ length: sentencesWanted }, () => rng.pick(pool));
    const split = Math.ceil(chosen.length / 2);
    return [`${lead} ${chosen.slice(0, split).join(' ')}`, chosen.slice(split).join(' ')].filter(Boolean).join('\n\n');
  };

  const nextNumber = Object.fromEntries(COMMITTEE_CODES.map((code) => [code, 100]));
  const decisions: { id: string; adopted: string; code: string }[] = [];
  const surnames: string[] = [];
  const committeeWeights = COMMITTEE_CODES.map((code) => COMMITTEE_WEIGHTS[code]);
  let translations = 0;

  for (let index = 0; index < options.decisions; index += 1) {
    const code = weighted(rng, COMMITTEE_CODES, committeeWeights);
    const number = (nextNumber[code] += rng.int(1, 4));
    const registered = rng.int(1995, 2024);
    const id = `${code.toLowerCase()}-${number}-${registered}`;
    const communication = `${number}/${registered}`;
    const submitted = day(registered, rng.int(1, 12), rng.int(1, 28));
    const adopted = addDays(submitted, daysUntilLatest(rng, submitted, 300, 1800));
    const outcome = weighted(rng, [...OUTCOMES, null], [55, 10, 25, 5, 5]);
    const type = outcome === 'inadmissible' ? 'inadmissibility' : outcome === 'discontinued' ? 'discontinuance' : 'views';
    const authors = Array.from({ length: rng.chance(0.85) ? 1 : rng.int(2, 4) }, () => {
      const surname = `${rng.pick(ROOTS)}${rng.pick(SUFFIXES)}`;
      if (index % 997 === 0) surnames.push(surname);
      return `${rng.pick(GIVEN)} ${surname}`;
    });
    const [, real] = rng.pick(realDecisions);
    const realId = realDecisions.find(([, entry]) => entry === real)![0];
    const articles = Array.from({ length: rng.int(1, 4) }, () => String(rng.int(2, 27))).filter(
      (article, position, all) => all.indexOf(article) === position,
    );
    const violation = outcome === 'violation';
    const data: Record<string, unknown> = {
      committee: code,
      communications: [communication],
      symbols: [`${code}/C/${rng.int(40, 140)}/D/${communication}`],
      authors,
      counsel: rng.chance(0.6) ? `${rng.pick(GIVEN)} ${rng.pick(ROOTS)}${rng.pick(SUFFIXES)}` : null,
      submitted,
      adopted,
      transmitted: rng.chance(0.5) ? addDays(adopted, daysUntilLatest(rng, adopted, 7, 60)) : null,
      session: rng.int(40, 140),
      type: outcome === null ? null : type,
      outcome,
      subject: real.data.subject ?? null,
      proceduralIssues: real.data.proceduralIssues ?? null,
      substantiveIssues: real.data.substantiveIssues ?? null,
      articlesInvoked: articles,
      articlesViolated: violation ? articles.slice(0, rng.int(1, articles.length)) : outcome === null ? null : [],
      remedies: violation
        ? REMEDY_KINDS.filter((kind) => kind !== 'other' && rng.chance(0.25)).map((kind) => ({
            kind,
            status: rng.pick(REMEDY_STATUSES),
          }))
        : null,
      publicationRequested: violation ? rng.chance(0.7) : null,
      followUpDays: violation ? 180 : null,
      sources: [
        { url: `https://juris.ohchr.org/casedetails/${index + 1000}/en-US`, label: 'UN document (OHCHR jurisprudence)' },
        ...(rng.chance(0.5) ? [{ url: `https://example.org/case-digest/${id}`, label: 'Case digest' }] : []),
      ],
      verification: {
        uncertain: rng.chance(0.1),
        outcomeSource: outcome === null ? null : 'document-header',
        outcomeBasis: 'synthetic benchmark entry',
        checkedAgainst: null,
        openQuestions: rng.chance(0.3) ? 'Synthetic entry: no open question is real.' : null,
      },
    };
    const sentenceCount = rng.int(6, 14);
    write(
      `decisions/${id}.md`,
      data,
      bodyOf(sentences.en, LEAD.en(authors.join(', '), committeeNames.en[code]!, registered), sentenceCount),
    );
    for (const language of ['kk', 'ru'] as const) {
      const translated = realTranslations[language].get(realId)?.data ?? {};
      const labels = Object.fromEntries(
        ['subject', 'proceduralIssues', 'substantiveIssues']
          .filter((field) => translated[field] !== undefined)
          .map((field) => [field, translated[field]]),
      );
      const names = authors.map(latinToCyrillic).join(', ');
      write(
        `translations/${language}/decisions/${id}.md`,
        labels,
        bodyOf(sentences[language], LEAD[language](names, committeeNames[language][code]!, registered), sentenceCount),
      );
      translations += 1;
    }
    decisions.push({ id, adopted, code });
  }

  // Meetings of the Working Group: one for about every hundred decisions, each on the decisions adopted before it.
  const meetingCount = Math.max(1, Math.floor(options.decisions / 100));
  const meetings = Array.from({ length: meetingCount }, (_, index) => {
    const date = day(2016 + Math.floor((index * 10) / meetingCount), rng.int(1, 12), rng.int(1, 28));
    const on = Array.from({ length: rng.int(3, 12) }, () => rng.pick(decisions))
      .filter((decision) => decision.adopted < date)
      .map((decision) => decision.id)
      .filter((id, position, all) => all.indexOf(id) === position);
    const id = `iwg-${index + 1}`;
    write(
      `meetings/${id}.md`,
      {
        number: index + 1,
        date,
        decisions: on,
        confidentialRequests: rng.int(0, 5),
        outcome: 'Positions agreed and sent to the Ministry of Foreign Affairs.',
        sources: [{ url: `https://example.org/iwg/${index + 1}`, label: 'Ministry of Justice' }],
      },
      bodyOf(followupSentences.en, `The Working Group met on ${date}.`, rng.int(2, 4)),
    );
    return { id, date, decisions: new Set(on) };
  });

  for (let index = 0; index < options.followups; index += 1) {
    const decision = rng.pick(decisions);
    const kind = weighted(rng, FOLLOWUP_KINDS, FOLLOWUP_WEIGHTS);
    const date = addDays(decision.adopted, daysUntilLatest(rng, decision.adopted, 20, 2500));
    const id = `${decision.id}-${date}-${kind}-${index}`;
    const extra: Record<string, unknown> =
      kind === 'mechanism-step'
        ? { step: rng.pick(['note-verbale-received', 'referred-for-analysis', 'legal-analysis']) }
        : kind === 'state-position'
          ? { meeting: meetings.find((meeting) => meeting.decisions.has(decision.id) && meeting.date <= date)?.id ?? null }
          : kind === 'committee-assessment'
            ? {
                document: `${decision.code}/C/${rng.int(90, 140)}/3`,
                grade: rng.pick(['A', 'B', 'B1', 'B2', 'C', 'C1', 'D', 'E']),
                remedyGrades: [],
                dialogue: rng.pick(['ongoing', 'closed']),
                closure: null,
              }
            : kind === 'committee-document'
              ? { documentType: 'concluding-observations', document: `${decision.code}/C/KAZ/CO/${rng.int(1, 4)}` }
              : kind === 'domestic-measure'
                ? { measure: rng.pick(['court-ruling', 'compensation', 'investigation', 'other']), authority: null }
                : kind === 'comment'
                  ? { by: rng.pick(['author', 'counsel', 'ngo']), organisation: null }
                  : kind === 'government-statement'
                    ? { issuer: 'Ministry of Foreign Affairs' }
                    : { outlet: null };
    const sentenceCount = rng.int(2, 6);
    write(
      `followups/${id}.md`,
      {
        kind,
        decisions: [decision.id],
        date,
        title: FOLLOWUP_TITLES[kind]!.en,
        ...extra,
        sources: [{ url: `https://example.org/follow-up/${index}`, label: 'Follow-up source' }],
      },
      bodyOf(followupSentences.en.concat(sentences.en), `On ${date}:`, sentenceCount),
    );
    for (const language of ['kk', 'ru'] as const) {
      write(
        `translations/${language}/followups/${id}.md`,
        { title: FOLLOWUP_TITLES[kind]![language] },
        bodyOf(followupSentences[language].concat(sentences[language]), `${date}:`, sentenceCount),
      );
      translations += 1;
    }
  }

  return {
    decisions: options.decisions,
    followups: options.followups,
    meetings: meetingCount,
    translations,
    files,
    bytes,
    sampleSurnames: surnames,
  };
}
