/**
 * The search page in the browser: reads the query, filters and sort from the
 * address, asks Pagefind (the page's language's bundle, through its public
 * `pagefind.js`), and writes the results into the page. Changing a filter or
 * the sort updates the address, so every search can be shared.
 *
 * A result is shown as an answer only when its page holds every word asked
 * for (src/lib/search-match.ts); the pages Pagefind found by a shorter word
 * are near matches, listed apart under a heading that says which words they
 * lack. When no page holds the words, the page says so, and looks for them
 * in the other languages' pages, offering that search where one finds them.
 */
type PagefindResultData = {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
};
type Search = { results: { id: string; data(): Promise<PagefindResultData> }[] };
type SearchOptions = { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> };
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: SearchOptions): Promise<Search | null>;
};

import type { Locale } from '../i18n/index.ts';
import { stemKazakhQuery } from '../lib/kazakh-query.ts';
import { numberFormatFrom } from '../lib/number-format.ts';
import { fallenBackTo, missingWords, wordsOf } from '../lib/search-match.ts';

const PAGE_SIZE = 10;
const FILTERS = ['committee', 'year', 'outcome'] as const;
/**
 * A query is searched while typed once the word being typed has this many letters: Pagefind
 * matches the beginnings of words, and a shorter one matches too many.
 */
const MIN_AHEAD = 3;
/**
 * The fewest letters of a word Pagefind fell back to for the pages it found to be shown as near
 * matches: fewer is an initial or an abbreviation («ж.», «А.П.»), which says nothing of the word asked.
 */
const MIN_NEAR = 4;
/** How many results are read, when the first ones lack a word asked for, before the page says none holds it. */
const MOST_READ = 5 * PAGE_SIZE;

type Messages = {
  results: Record<string, string>;
  none: string;
  hint: string;
  near: string;
  finding: string;
  loading: string;
  error: string;
  elsewhere: Record<string, Record<string, string>>;
};

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The search page lacks ${selector}`);
  return found;
}

/** What Pagefind is asked in `language`: it stems Russian and English itself; Kazakh endings are cut here. */
function asked(query: string, language: Locale): string {
  return query && language === 'kk' ? stemKazakhQuery(query) : query;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Pagefind's excerpt marks matches with <mark>; anything else in it is dropped. */
function safeExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  const template = document.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else {
      template.innerHTML = part.replace(/<[^>]*>/g, '');
      const text = document.createTextNode(template.value);
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

/** Every word Pagefind searched on a result's page: its text and its metadata. */
const wordsOfResult = (data: PagefindResultData, language: Locale) =>
  wordsOf([data.content, ...Object.values(data.meta)].join(' '), language);

/** A paragraph of the given parts, joined by a middle dot; none when every part is empty. */
function line(className: string, parts: (string | undefined)[]): HTMLParagraphElement | null {
  const text = parts.filter((part) => part).join(' · ');
  if (!text) return null;
  const paragraph = document.createElement('p');
  paragraph.className = className;
  paragraph.textContent = text;
  return paragraph;
}

/**
 * One result: its title, what the decision is (committee, year, communication numbers), what was
 * found with where that comes from (never the finding alone) and where the follow-up stands, and,
 * for an answer, the passage of the page's visible text that holds the words.
 */
function resultItem(data: PagefindResultData, messages: Messages, withExcerpt: boolean): HTMLLIElement {
  const { meta } = data;
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  const finding =
    meta.finding && meta.findingBasis ? fill(messages.finding, { finding: meta.finding, basis: meta.findingBasis }) : '';
  for (const paragraph of [
    line('muted', [meta.committee, meta.year, meta.communications]),
    line('result-status', [finding, meta.followUp]),
  ]) {
    if (paragraph) item.append(paragraph);
  }
  if (withExcerpt && data.locations.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.append(safeExcerpt(data.excerpt));
    item.append(excerpt);
  }
  return item;
}

export async function startSearch(): Promise<void> {
  const form = element<HTMLFormElement>('[data-search-form]');
  const status = element<HTMLElement>('[data-search-status]');
  const hint = element<HTMLElement>('[data-search-hint]');
  const elsewhere = element<HTMLElement>('[data-search-elsewhere]');
  const list = element<HTMLOListElement>('[data-search-results]');
  const more = element<HTMLButtonElement>('[data-search-more]');
  const nearBox = element<HTMLElement>('[data-search-near]');
  const nearHeading = element<HTMLElement>('[data-search-near-heading]');
  const nearList = element<HTMLOListElement>('[data-search-near-results]');
  const filterBox = element<HTMLFieldSetElement>('[data-search-filters]');
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const committeeNames = JSON.parse(form.dataset.committeeNames ?? '{}') as Record<string, string>;
  const bundles = JSON.parse(form.dataset.bundles ?? '{}') as Record<Locale, string>;
  const searchPages = JSON.parse(form.dataset.searchPages ?? '{}') as Record<Locale, string>;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement;
  const language = document.documentElement.lang as Locale;
  const plurals = new Intl.PluralRules(language);
  const formatted = numberFormatFrom(form, language);
  const plural = (forms: Record<string, string> | undefined, count: number, values: Record<string, string> = {}) =>
    fill(forms?.[plurals.select(count)] ?? forms?.other ?? '', { ...values, count: formatted(count) });
  const baseUrl = form.dataset.base ?? '/';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ bundles[language])) as Pagefind;
    await pagefind.options({ excerptLength: 30, baseUrl });
    // Loads the language's page list and the WebAssembly now, while the reader types, rather than after Enter.
    void pagefind.init().catch(() => undefined);
  } catch {
    status.textContent = messages.error;
    return;
  }
  /**
   * Another language's index, loaded the first time a search there is needed, by that language's
   * own `pagefind.js`: a module of its own, with its own worker and WebAssembly, so that its words are
   * stemmed as that language's (instances of one module share the WebAssembly loaded first).
   */
  const others = new Map<Locale, Promise<Pagefind>>();
  const indexIn = (other: Locale) => {
    let index = others.get(other);
    if (!index) {
      index = import(/* @vite-ignore */ bundles[other]).then(async (module: Pagefind) => {
        await module.options({ excerptLength: 30, baseUrl });
        return module;
      });
      others.set(other, index);
    }
    return index;
  };

  // The filter choices are in the page already; Pagefind loads a filter only when one is used.
  const filterPanel = element<HTMLElement>('[data-search-panel]');
  filterPanel.hidden = false;
  /** What the form asks for now: the query as Pagefind is asked it, the filters chosen and the sort. */
  const request = () => {
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const name of FILTERS) {
      const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
      if (value) filters[name] = value;
    }
    const sort =
      sortSelect.value === 'newest'
        ? { date: 'desc' as const }
        : sortSelect.value === 'oldest'
          ? { date: 'asc' as const }
          : undefined;
    const term = asked(query, language);
    return { query, term, filters, sort, key: JSON.stringify([term, filters, sort ?? null]) };
  };
  type Request = ReturnType<typeof request>;
  const optionsOf = (wanted: Request): SearchOptions => ({
    filters: wanted.filters,
    ...(wanted.sort ? { sort: wanted.sort } : {}),
  });
  // Pagefind's worker runs one search at a time. So do we, keeping the last asked: one the reader
  // asks again (Enter after typing) is not run twice, and one made while typing is skipped when the
  // box has changed before its turn. While the reader types, what is in the box is searched already,
  // and Enter often finds the results ready or on their way.
  let last: { key: string; search: Promise<Search | null> } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (wanted: Request) => pagefind.search(wanted.term || null, optionsOf(wanted));
  const searchFor = (wanted: Request, ahead = false): Promise<Search | null> => {
    if (last?.key === wanted.key) return last.search;
    const search = queue.then(() => (ahead && last?.key !== wanted.key ? null : ask(wanted))).catch(() => null);
    queue = search;
    last = { key: wanted.key, search };
    return search;
  };
  const searchAhead = () => {
    const wanted = request();
    if ((wanted.term.split(/\s+/).at(-1) ?? '').length < MIN_AHEAD) return;
    void searchFor(wanted, true).then((found) => {
      // The first result's text, fetched now if the box still asks for it, is shown at once on Enter.
      if (found && last?.key === wanted.key) void found.results[0]?.data().catch(() => undefined);
    });
  };
  input.addEventListener('input', searchAhead);

  const readState = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const name of [...FILTERS, 'sort']) {
      const select = form.elements.namedItem(name) as HTMLSelectElement;
      const value = params.get(name) ?? '';
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
    // Filters in the address are shown chosen, even where they fold (a phone).
    if (FILTERS.some((name) => params.get(name))) filterPanel.querySelector('details')?.setAttribute('open', '');
  };

  /**
   * The same search in the other languages' pages, offered as a link for each whose pages hold the
   * words: a Kazakh word is not in the Russian or English pages, nor a Russian one in the others.
   */
  const offerElsewhere = async (wanted: Request, current: () => boolean) => {
    for (const other of (Object.keys(bundles) as Locale[]).filter((code) => code !== language)) {
      let count = 0;
      try {
        const found = await (await indexIn(other)).search(asked(wanted.query, other), optionsOf(wanted));
        const first = found?.results[0];
        if (first && missingWords(wordsOfResult(await first.data(), other), wanted.query, other).length === 0) {
          count = found.results.length;
        }
      } catch {
        // That language's index could not be read: nothing is offered from it.
      }
      if (!current() || count === 0) continue;
      const link = document.createElement('a');
      link.href = `${searchPages[other]}${location.search}`;
      link.hreflang = other;
      link.textContent = plural(messages.elsewhere[other], count);
      const paragraph = document.createElement('p');
      paragraph.append(link);
      elsewhere.append(paragraph);
    }
  };

  let run = 0;
  const runSearch = async () => {
    const current = ++run;
    const isCurrent = () => current === run;
    const wanted = request();
    const { query, filters } = wanted;
    for (const box of [list, nearList, elsewhere]) box.replaceChildren();
    more.hidden = true;
    nearBox.hidden = true;
    hint.hidden = true;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    // A search that failed, or was skipped as the box changed meanwhile, is made again.
    const search = (await searchFor(wanted)) ?? (await ask(wanted));
    if (!isCurrent() || !search) return;
    const { results } = search;
    const label =
      query ||
      Object.entries(filters)
        .map(([name, value]) => (name === 'committee' ? (committeeNames[value] ?? value) : value))
        .join(', ');

    let read = 0;
    let answers = 0;
    let near = 0;
    /** Words asked for that Pagefind found none of, only shorter words: every result lacks them. */
    let fellBack: string[] = [];
    const lacking = new Set<string>();
    const say = () => {
      const none = answers === 0 && (fellBack.length > 0 || read === results.length || read >= MOST_READ);
      status.textContent = none
        ? fill(messages.none, { query: label })
        : plural(messages.results, results.length - near, { query: label });
      hint.hidden = !none;
      nearBox.hidden = near === 0;
      nearHeading.textContent = fill(messages.near, { words: [...lacking].join(' ') });
      return none;
    };
    const show = (data: PagefindResultData) => {
      const missing = query ? missingWords(wordsOfResult(data, language), query, language) : [];
      if (missing.length === 0) {
        answers += 1;
        list.append(resultItem(data, messages, true));
      } else {
        near += 1;
        for (const word of missing) lacking.add(word);
        nearList.append(resultItem(data, messages, false));
      }
    };
    /** Reads the next results and shows each as an answer or a near match; the first alone, so that it shows sooner. */
    const readMore = async () => {
      const batch: Promise<PagefindResultData>[] = [];
      for (const result of results.slice(read, read + PAGE_SIZE)) {
        if (batch.length === 1) await batch[0]!.catch(() => undefined);
        const data = result.data();
        // Those left unread when the first page shows that no page holds a word.
        data.catch(() => undefined);
        batch.push(data);
      }
      for (const pending of batch) {
        const data = await pending;
        if (!isCurrent()) return;
        if (read === 0 && query) {
          // On the first page found, the words Pagefind fell back from: no page holds them.
          const words = wordsOfResult(data, language);
          const fallen = missingWords(words, query, language).flatMap((word) => {
            const to = fallenBackTo(words, word, language);
            return to === null ? [] : [{ word, to }];
          });
          fellBack = fallen.map(({ word }) => word);
          for (const word of fellBack) lacking.add(word);
          if (fallen.length > 0 && fallen.some(({ to }) => to.length < MIN_NEAR)) {
            read = results.length;
            return;
          }
        }
        read += 1;
        show(data);
      }
    };
    const showMore = async () => {
      const before = answers;
      // A page of answers, or past the results that lack a word, within reason.
      do await readMore();
      while (isCurrent() && fellBack.length === 0 && answers === before && read < Math.min(results.length, MOST_READ));
      if (!isCurrent()) return;
      const none = say();
      more.hidden = none || fellBack.length > 0 || read >= results.length;
      if (none) await offerElsewhere(wanted, isCurrent);
    };
    more.onclick = () => void showMore();
    if (results.length === 0) {
      say();
      await offerElsewhere(wanted, isCurrent);
      return;
    }
    await showMore();
  };

  const pushState = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
    }
    history.pushState(null, '', params.size ? `?${params}` : location.pathname);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    pushState();
    void runSearch();
  });
  filterBox.addEventListener('change', () => {
    pushState();
    void runSearch();
  });
  window.addEventListener('popstate', () => {
    readState();
    void runSearch();
  });
  readState();
  await runSearch();
}
