/**
 * Browser enhancement of the decision list: combine committee, year and outcome
 * filters and the sort order on the full list, and keep them in the address
 * (`?committee=CCPR&year=2020&outcome=violation&sort=number`).
 */
const FACETS = ['committee', 'year', 'outcome'] as const;

function compareNumbers(a: string, b: string): number {
  const [numberA, yearA] = a.split('/').map(Number);
  const [numberB, yearB] = b.split('/').map(Number);
  return yearA - yearB || numberA - numberB;
}

const COMMITTEE_ORDER = ['CCPR', 'CAT', 'CEDAW', 'CERD', 'CRPD', 'CRC'];

function comparator(sort: string) {
  const byAdopted = (a: HTMLElement, b: HTMLElement) => {
    const dateA = a.dataset.adopted ?? '';
    const dateB = b.dataset.adopted ?? '';
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return compareNumbers(a.dataset.number ?? '', b.dataset.number ?? '');
  };
  if (sort === 'number') return (a: HTMLElement, b: HTMLElement) => compareNumbers(a.dataset.number ?? '', b.dataset.number ?? '');
  if (sort === 'committee') {
    return (a: HTMLElement, b: HTMLElement) =>
      COMMITTEE_ORDER.indexOf(a.dataset.committee ?? '') - COMMITTEE_ORDER.indexOf(b.dataset.committee ?? '') || byAdopted(a, b);
  }
  return byAdopted;
}

export function enhanceDecisionList(): void {
  const form = document.querySelector<HTMLFormElement>('[data-list-filter]');
  const body = document.querySelector<HTMLTableSectionElement>('[data-decision-table] tbody');
  const count = document.querySelector<HTMLElement>('[data-list-count]');
  const empty = document.querySelector<HTMLElement>('[data-list-empty]');
  // The form is only on the full list; pages narrowed to one value stay static.
  if (!form || !body || !count) return;
  const pageSort = (form.elements.namedItem('sort') as HTMLSelectElement).value;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')];
  const plurals = new Intl.PluralRules(document.documentElement.lang);
  const forms = JSON.parse(count.dataset.forms ?? '{}') as Record<string, string>;
  const numbers = new Intl.NumberFormat(document.documentElement.lang);

  const apply = (params: URLSearchParams) => {
    const sort = params.get('sort') ?? pageSort;
    let shown = 0;
    for (const row of [...rows].sort(comparator(sort))) {
      const visible = FACETS.every((facet) => {
        const wanted = params.get(facet);
        return !wanted || row.dataset[facet] === wanted;
      });
      row.hidden = !visible;
      if (visible) shown += 1;
      body.append(row);
    }
    const template = forms[plurals.select(shown)] ?? forms.other ?? '{count}';
    count.textContent = template.replace('{count}', numbers.format(shown));
    if (empty) empty.hidden = shown > 0;
  };

  const params = new URLSearchParams(location.search);
  for (const name of [...FACETS, 'sort'] as const) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-static-facets]')?.setAttribute('hidden', '');
  form.addEventListener('change', () => {
    const next = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value && !(name === 'sort' && value === pageSort)) next.set(name, value);
    }
    history.replaceState(null, '', next.size ? `?${next}` : location.pathname);
    apply(next);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(params);
}
