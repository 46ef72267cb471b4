/**
 * Browser enhancement of a static table (the decision list, the follow-up
 * board): a form whose selects narrow the rows by their data attributes and a
 * `sort` select that orders them, all kept in the address so a view can be
 * shared. Without JavaScript the form stays hidden and the static links work.
 *
 * Markup: a `form[data-filter-form]` whose selects are named after the rows'
 * `data-*` attributes, plus `sort`; a `table[data-filter-table]`; a
 * `[data-filter-count]` with `data-forms` (plural forms of "{count} ...");
 * optionally `[data-filter-empty]` and `[data-static-facets]`.
 */
import { numberFormatFrom } from '../lib/number-format.ts';

export type Comparator = (a: HTMLElement, b: HTMLElement) => number;

export function enhanceFilterTable(comparators: Record<string, Comparator>): void {
  const form = document.querySelector<HTMLFormElement>('[data-filter-form]');
  const body = document.querySelector<HTMLTableSectionElement>('[data-filter-table] tbody');
  const count = document.querySelector<HTMLElement>('[data-filter-count]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  // The form is only on full lists; pages narrowed to one value stay static.
  if (!form || !body || !count) return;
  const facets = [...form.querySelectorAll<HTMLSelectElement>('select')]
    .map((select) => select.name)
    .filter((name) => name !== 'sort');
  const sortSelect = form.elements.namedItem('sort') as HTMLSelectElement | null;
  const pageSort = sortSelect?.value ?? '';
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
  const lang = document.documentElement.lang;
  const plurals = new Intl.PluralRules(lang);
  const formatted = numberFormatFrom(count, lang);
  const forms = JSON.parse(count.dataset.forms ?? '{}') as Record<string, string>;

  // The rows in the order the page was built in, which is the page's own sort; the other orders are
  // worked out when first asked for. At 10,000 decisions, sorting and moving every row on each visit
  // held a wide screen for seconds, so rows move only when the order changes,
  // and a row's `hidden` is set only when it changes.
  const orders = new Map<string, readonly HTMLTableRowElement[]>([[pageSort, rows]]);
  const orderFor = (sort: string) => {
    const compare = comparators[sort];
    if (!compare) return rows;
    let order = orders.get(sort);
    if (!order) orders.set(sort, (order = [...rows].sort(compare)));
    return order;
  };
  let shownOrder: readonly HTMLTableRowElement[] = rows;
  let shownCount = rows.length;

  const apply = (params: URLSearchParams) => {
    const order = orderFor(params.get('sort') ?? pageSort);
    if (order !== shownOrder) {
      body.append(...order);
      shownOrder = order;
    }
    let shown = 0;
    for (const row of order) {
      const visible = facets.every((facet) => {
        const wanted = params.get(facet);
        return !wanted || row.dataset[facet] === wanted;
      });
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (shown !== shownCount) {
      const template = forms[plurals.select(shown)] ?? forms.other ?? '{count}';
      count.textContent = template.replace('{count}', formatted(shown));
      shownCount = shown;
    }
    if (empty) empty.hidden = shown > 0;
  };

  const params = new URLSearchParams(location.search);
  for (const name of [...facets, 'sort']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  form.hidden = false;
  // A list opened with a filter in its address shows the filters chosen, even where they fold (a phone).
  if (facets.some((name) => params.get(name))) form.closest('details')?.setAttribute('open', '');
  document.querySelector<HTMLElement>('[data-static-facets]')?.setAttribute('hidden', '');
  // Filters apply as soon as a choice changes; the button does the same for those who expect one.
  const update = () => {
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value && !(name === 'sort' && value === pageSort)) next.set(name, value);
    }
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
    apply(next);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  apply(params);
}

/** Orders by a `data-*` day or text, newest (largest) first; empty values last. */
export function byDataDescending(name: string): Comparator {
  return (a, b) => {
    const valueA = a.dataset[name] ?? '';
    const valueB = b.dataset[name] ?? '';
    if (valueA === valueB) return 0;
    if (!valueA) return 1;
    if (!valueB) return -1;
    return valueA < valueB ? 1 : -1;
  };
}

/** Orders by a `data-*` day, oldest first; empty values last. */
export function byDataAscending(name: string): Comparator {
  const descending = byDataDescending(name);
  return (a, b) => {
    const emptyA = !(a.dataset[name] ?? '');
    const emptyB = !(b.dataset[name] ?? '');
    if (emptyA || emptyB) return Number(emptyA) - Number(emptyB);
    return -descending(a, b);
  };
}
