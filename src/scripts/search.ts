/**
 * The search page in the browser: reads the query, filters and sort from the
 * address, runs Pagefind, and writes results into the page. Changing a filter
 * or the sort updates the address, so every search can be shared.
 */
type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
};
type Pagefind = {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<Search | null>;
};
type Search = { results: { id: string; data(): Promise<PagefindResultData> }[] };

import { stemKazakhQuery } from '../lib/kazakh-query.ts';
import { numberFormatFrom } from '../lib/number-format.ts';

const PAGE_SIZE = 10;
const FILTERS = ['committee', 'year', 'outcome'] as const;
/**
 * A query is searched while typed once the word being typed has this many letters: Pagefind
 * matches the beginnings of words, and a shorter one matches too many.
 */
const MIN_AHEAD = 3;

function element<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`The search page lacks ${selector}`);
  return found;
}

/** What Pagefind is asked: it stems Russian and English itself; Kazakh endings are cut here. */
function asked(query: string): string {
  return query && document.documentElement.lang === 'kk' ? stemKazakhQuery(query) : query;
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

export async function startSearch(): Promise<void> {
  const form = element<HTMLFormElement>('[data-search-form]');
  const status = element<HTMLElement>('[data-search-status]');
  const list = element<HTMLOListElement>('[data-search-results]');
  const more = element<HTMLButtonElement>('[data-search-more]');
  const filterBox = element<HTMLFieldSetElement>('[data-search-filters]');
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Record<string, string> & { results: Record<string, string> };
  const committeeNames = JSON.parse(form.dataset.committeeNames ?? '{}') as Record<string, string>;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement;
  const plurals = new Intl.PluralRules(document.documentElement.lang);
  const formatted = numberFormatFrom(form, document.documentElement.lang);
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ form.dataset.bundle!)) as Pagefind;
    // The folder of Pagefind's files, which its script finds by its own name only when that is
    // pagefind.js: the build names it by its content (scripts/build-search-index.ts).
    const basePath = new URL('./', new URL(form.dataset.bundle!, location.href)).pathname;
    // Pagefind adds the time to its entry file's address, so that no browser keeps it. The build names
    // a copy by its content, which the copy of Pagefind's worker reads when given its hash as the tag
    // (scripts/build-search-index.ts): a browser then keeps it until the index changes.
    const entry = form.dataset.searchEntry;
    await pagefind.options({
      excerptLength: 30,
      baseUrl: form.dataset.base ?? '/',
      basePath,
      ...(entry ? { metaCacheTag: entry } : {}),
    });
    // Loads the language's page list and the WebAssembly now, while the reader types, rather than
    // after Enter: at 10,000 decisions that took 0.3 to 0.4 s of the wait (docs/performance.md).
    void pagefind.init().catch(() => undefined);
  } catch {
    status.textContent = messages.error;
    return;
  }

  // The filter choices are in the page already; Pagefind loads a filter only when one is used.
  filterBox.hidden = false;
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
    const term = asked(query);
    return { query, term, filters, sort, key: JSON.stringify([term, filters, sort ?? null]) };
  };
  // Pagefind's worker runs one search at a time. So do we, keeping the last asked: one the reader
  // asks again (Enter after typing) is not run twice, and one made while typing is skipped when the
  // box has changed before its turn. While the reader types, what is in the box is searched already:
  // at 10,000 decisions ranking a common word took Pagefind 150 to 500 ms (docs/performance.md),
  // and Enter now often finds the results ready or on their way.
  let last: { key: string; search: Promise<Search | null> } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const ask = (wanted: ReturnType<typeof request>) =>
    pagefind.search(wanted.term || null, { filters: wanted.filters, ...(wanted.sort ? { sort: wanted.sort } : {}) });
  const searchFor = (wanted: ReturnType<typeof request>, ahead = false): Promise<Search | null> => {
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
  };

  let run = 0;
  const runSearch = async () => {
    const current = ++run;
    const wanted = request();
    const { query, filters } = wanted;
    list.replaceChildren();
    more.hidden = true;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = '';
      return;
    }
    status.textContent = messages.loading;
    // A search that failed, or was skipped as the box changed meanwhile, is made again.
    const search = (await searchFor(wanted)) ?? (await ask(wanted));
    if (current !== run || !search) return;
    const { results } = search;
    const label =
      query ||
      Object.entries(filters)
        .map(([name, value]) => (name === 'committee' ? (committeeNames[value] ?? value) : value))
        .join(', ');
    status.textContent =
      results.length === 0
        ? fill(messages.none, { query: label })
        : fill(messages.results[plurals.select(results.length)] ?? messages.results.other ?? '', {
            count: formatted(results.length),
            query: label,
          });
    let shown = 0;
    const showMore = async () => {
      // The first result is asked for alone, then the rest together, shown in order as each arrives:
      // asked for with the others, the first waited for Pagefind to read all ten (docs/performance.md).
      const batch: Promise<PagefindResultData>[] = [];
      for (const result of results.slice(shown, shown + PAGE_SIZE)) {
        if (batch.length === 1) await batch[0]!.catch(() => undefined);
        batch.push(result.data());
      }
      for (const pending of batch) {
        const data = await pending;
        if (current !== run) return;
        const item = document.createElement('li');
        const heading = document.createElement('h3');
        const link = document.createElement('a');
        link.href = data.url;
        link.textContent = data.meta.title ?? data.url;
        heading.append(link);
        item.append(heading);
        if (data.meta.communications || data.meta.date) {
          const meta = document.createElement('p');
          meta.className = 'muted';
          meta.append(data.meta.communications ?? '');
          if (data.meta.date && data.meta.dateText) {
            const time = document.createElement('time');
            time.dateTime = data.meta.date;
            // Written out by the build, where Node has every locale's month names: a browser without
            // Kazakh's, such as Debian's Chromium, wrote "2025 M08 29".
            time.textContent = data.meta.dateText;
            meta.append(data.meta.communications ? ' · ' : '', time);
          }
          item.append(meta);
        }
        const excerpt = document.createElement('p');
        excerpt.append(safeExcerpt(data.excerpt));
        item.append(excerpt);
        list.append(item);
      }
      shown += batch.length;
      more.hidden = shown >= results.length;
    };
    more.onclick = () => void showMore();
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
