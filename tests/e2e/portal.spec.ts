import { expect, test } from '@playwright/test';
import { content, decisionById } from './content.ts';

const decisions = content.decisions;
const count = (predicate: (entry: (typeof decisions)[number]) => boolean) => decisions.filter(predicate).length;

test.describe('home page', () => {
  test('says what the portal is and shows figures computed from the content', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('UN treaty body decisions concerning Kazakhstan');
    const figures = page.getByRole('region', { name: 'The record in figures' });
    await expect(figures.getByText(`${decisions.length} decisions recorded`)).toBeVisible();
    const violations = count((entry) => entry.data.outcome === 'violation');
    const reported = count(
      (entry) => entry.data.outcome === 'violation' && entry.data.verification.outcomeSource === 'secondary',
    );
    const violationFigure = figures.getByRole('listitem').filter({ hasText: 'recorded as finding a violation' });
    await expect(violationFigure).toContainText(String(violations));
    await expect(violationFigure).toContainText(`${reported} as reported by NGOs, the CCPR Centre or the press`);
    const byCommittee = figures.getByRole('table', { name: 'Decisions by committee' });
    await expect(byCommittee.getByRole('row', { name: /Committee against Torture/ })).toContainText(
      String(count((entry) => entry.data.committee.id === 'CAT')),
    );
    await expect(page.getByRole('searchbox', { name: 'Search decisions' })).toBeVisible();
  });

  test('lists the latest decisions, newest first', async ({ page }) => {
    await page.goto('/en/');
    const latest = page.getByRole('region', { name: 'Latest decisions' }).getByRole('row');
    const newest = [...decisions]
      .filter((entry) => entry.data.adopted)
      .sort((a, b) => (a.data.adopted! < b.data.adopted! ? 1 : -1))[0];
    await expect(latest.nth(1)).toContainText(newest.data.communications[0]);
  });
});

test.describe('decision list', () => {
  test('narrows by committee with the filter form and keeps it in the address', async ({ page }) => {
    await page.goto('/en/decisions/');
    await expect(page.getByText(`${decisions.length} decisions`, { exact: true })).toBeVisible();
    await page.getByLabel('Committee').selectOption('CAT');
    const cat = count((entry) => entry.data.committee.id === 'CAT');
    await expect(page.getByText(`${cat} decisions`, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\?committee=CAT$/);
    await expect(page.locator('tbody tr:visible')).toHaveCount(cat);

    await page.getByLabel('Outcome').selectOption('violation');
    const catViolations = count((entry) => entry.data.committee.id === 'CAT' && entry.data.outcome === 'violation');
    await expect(page.locator('tbody tr:visible')).toHaveCount(catViolations);

    // The address restores the same view.
    await page.reload();
    await expect(page.getByLabel('Committee')).toHaveValue('CAT');
    await expect(page.locator('tbody tr:visible')).toHaveCount(catViolations);
  });

  test('sorts by communication number', async ({ page }) => {
    await page.goto('/en/decisions/?sort=number');
    const first = page.locator('tbody tr').first();
    const lowest = [...decisions].sort((a, b) => {
      const [na, ya] = a.data.communications[0].split('/').map(Number);
      const [nb, yb] = b.data.communications[0].split('/').map(Number);
      return ya - yb || na - nb;
    })[0];
    await expect(first).toContainText(lowest.data.communications[0]);
  });
  test('leaves the rows where the page put them until another order is asked for', async ({ page }) => {
    // Counts the rows put into the table once the page is parsed, that is, by its script. At
    // 10,000 decisions, moving every row on each visit held a wide screen for seconds.
    await page.addInitScript(() => {
      const moved = { rows: 0 };
      (window as unknown as { moved: typeof moved }).moved = moved;
      new MutationObserver((records) => {
        if (document.readyState === 'loading') return;
        for (const record of records) if (record.target.nodeName === 'TBODY') moved.rows += record.addedNodes.length;
      }).observe(document, { childList: true, subtree: true });
    });
    const rowsMoved = () => page.evaluate(() => (window as unknown as { moved: { rows: number } }).moved.rows);
    const order = () => page.locator('tbody tr a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

    await page.goto('/en/decisions/');
    await expect(page.getByLabel('Committee')).toBeVisible();
    const built = await order();
    expect(built).toHaveLength(decisions.length);
    await page.getByLabel('Committee').selectOption('CAT');
    await expect(page.locator('tbody tr:visible')).toHaveCount(count((entry) => entry.data.committee.id === 'CAT'));
    await page.getByLabel('Committee').selectOption('');
    await expect(page.getByText(`${decisions.length} decisions`, { exact: true })).toBeVisible();
    expect(await rowsMoved()).toBe(0);

    await page.getByLabel('Sort by').selectOption('number');
    await expect(page).toHaveURL(/\?sort=number$/);
    expect(await rowsMoved()).toBe(decisions.length);
    expect(await order()).not.toEqual(built);
    // Back to the page's own order: the order the page was built in.
    await page.getByLabel('Sort by').selectOption('adopted');
    expect(await order()).toEqual(built);
  });
});

test.describe('decision list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('narrows by year and by outcome through static pages', async ({ page }) => {
    await page.goto('/en/decisions/');
    await page.getByRole('link', { name: /^2020/ }).click();
    await expect(page).toHaveURL(/\/en\/decisions\/year\/2020\/$/);
    await expect(page.locator('tbody tr')).toHaveCount(count((entry) => entry.data.adopted?.startsWith('2020') ?? false));

    await page.getByRole('link', { name: /^Not yet recorded/ }).click();
    await expect(page.locator('tbody tr')).toHaveCount(count((entry) => entry.data.outcome === null));
  });

  test('sorts through a static page', async ({ page }) => {
    await page.goto('/en/decisions/');
    await page.getByRole('link', { name: 'Committee', exact: true }).click();
    await expect(page).toHaveURL(/\/en\/decisions\/sort\/committee\/$/);
    await expect(page.locator('tbody tr').first().getByRole('cell').nth(1)).toHaveText('CCPR');
    await expect(page.locator('tbody tr').last().getByRole('cell').nth(1)).toHaveText('CEDAW');
  });
});

test.describe('decision page', () => {
  test('shows the facts, the official document and unknown facts as not yet recorded', async ({ page }) => {
    const entry = decisionById('ccpr-2521-2015');
    await page.goto('/en/decisions/ccpr-2521-2015/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ermek Narymbaev v. Kazakhstan');
    const facts = page.getByRole('region', { name: 'Key facts' });
    await expect(facts).toContainText('2521/2015');
    await expect(facts).toContainText('CCPR/C/130/D/2521/2015');
    await expect(facts).toContainText('6 November 2020');
    const official = page.getByRole('link', { name: 'Official document CCPR/C/130/D/2521/2015' });
    await expect(official).toHaveAttribute(
      'href',
      /^https:\/\/tbinternet\.ohchr\.org\/.*symbolno=CCPR%2FC%2F130%2FD%2F2521%2F2015/,
    );
    expect(entry.data.outcome).toBeNull();
    await expect(facts.getByText('Not yet recorded — see the official document').first()).toBeVisible();
    await expect(page.getByRole('note')).toContainText('The committee’s outcome is not yet recorded here.');
  });

  test('shows under each remedy the facts recorded about it, and the follow-up events in date order with sources', async ({
    page,
  }) => {
    await page.goto('/en/decisions/cedaw-45-2012/');
    await expect(page.getByRole('heading', { name: 'What the committee asked the State to do' })).toBeVisible();
    const compensation = page.locator('.remedies > li').filter({ hasText: 'Compensation' });
    const onCompensation = content.followups.filter(
      (item) => item.data.decisions.some((ref) => ref.id === 'cedaw-45-2012') && item.data.remedies.includes('compensation'),
    );
    await expect(compensation.locator('.remedy__facts li')).toHaveCount(onCompensation.length);
    await expect(compensation).not.toContainText('Nothing is recorded here');
    // Follow-up events in the case timeline (the decision's own dates are there too, without an id).
    const events = page.locator('.timeline > li[id^="event-"]');
    const expected = content.followups.filter((item) => item.data.decisions.some((ref) => ref.id === 'cedaw-45-2012'));
    await expect(events).toHaveCount(expected.length);
    await expect(events.first()).toContainText('2017');
    await expect(events.last()).toContainText('30 November 2017');
    await expect(events.first().getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  });
});

test.describe('search', () => {
  test('finds a decision by an author name and keeps the query in the address', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('searchbox', { name: 'Search decisions' }).fill('Narymbaev');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=Narymbaev/);
    await expect(page.getByRole('link', { name: 'Ermek Narymbaev v. Kazakhstan' }).first()).toBeVisible();
  });

  test("finds a decision by a word of its summary, with Pagefind's script fetched once, beside the page's", async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/en/search/?q=Baikonur');
    await expect(page.getByRole('link', { name: 'Ermek Narymbaev v. Kazakhstan' }).first()).toBeVisible();
    // The page names the script in its head, so the browser fetches it without waiting for the page's
    // own script to ask; the same address, so that it is not fetched twice.
    const bundle = await page.locator('[data-search-form]').getAttribute('data-bundle');
    await expect(page.locator('head link[rel="modulepreload"]')).toHaveAttribute('href', bundle!);
    expect(fetched.filter((path) => path === bundle)).toHaveLength(1);
  });

  test('the page asks at once for its page list and WebAssembly, and Pagefind finds them in the cache', async ({ page }) => {
    const downloads = new Map<string, number>();
    page.context().on('requestfinished', async (request) => {
      const path = new URL(request.url()).pathname;
      if ((await request.sizes()).responseBodySize > 0) downloads.set(path, (downloads.get(path) ?? 0) + 1);
    });
    await page.goto(`/ru/search/?q=${encodeURIComponent('пытки')}`);
    await expect(page.locator('.results li').first()).toBeVisible();
    const preloads = await page
      .locator('head link[rel="preload"][as="fetch"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(preloads).toHaveLength(2);
    expect(preloads[0]).toMatch(/^\/pagefind\/pagefind\.ru_[\da-f]{10}\.pf_meta$/);
    expect(preloads[1]).toMatch(/^\/pagefind\/wasm\.ru_[\da-f]{10}\.pagefind$/);
    // Downloaded once each: the worker's own requests were answered from the browser's cache.
    await page.waitForLoadState('networkidle');
    for (const path of preloads) expect(downloads.get(path), path).toBe(1);
  });

  test("Pagefind's compressed files come as gzip, for the browser to inflate, in every language", async ({ page }) => {
    // Pagefind's script inflates them itself when a host does not say they are gzip (_headers, src/lib/security-headers.ts).
    const encodings = new Map<string, string | undefined>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\.(pf_meta|pf_index|pf_fragment|pagefind)$/.test(path)) encodings.set(path, response.headers()['content-encoding']);
    });
    for (const [lang, query] of [
      ['en', 'torture'],
      ['ru', 'пытки'],
      ['kk', 'азаптау'],
    ] as const) {
      encodings.clear();
      await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('.results li').first()).toBeVisible();
      const kinds = [...encodings.keys()].map((path) => /\.(\w+)$/.exec(path)![1]);
      for (const kind of ['pf_meta', 'pf_index', 'pf_fragment', 'pagefind']) expect(kinds, `${lang}: ${kind}`).toContain(kind);
      for (const [path, encoding] of encodings) expect(encoding, path).toBe('gzip');
    }
  });

  test("a second search takes Pagefind's scripts, entry file, page list and WebAssembly from the browser's cache", async ({
    page,
  }) => {
    // Files named by their content are kept a year; the others are asked for again (_headers, src/lib/security-headers.ts).
    await page.goto('/en/search/?q=torture');
    await expect(page.locator('.results li').first()).toBeVisible();
    const second: { path: string; asked: boolean; bodyBytes: number }[] = [];
    page.context().on('requestfinished', async (request) => {
      const asked = (await request.allHeaders())['if-none-match'] !== undefined;
      second.push({ path: new URL(request.url()).pathname, asked, bodyBytes: (await request.sizes()).responseBodySize });
    });
    await page.goto('/en/search/?q=assembly');
    await expect(page.locator('.results li').first()).toBeVisible();
    await expect.poll(() => second.some(({ path }) => path.includes('/wasm.'))).toBe(true);
    const kept = second.filter(({ path }) =>
      /\/_astro\/.*\.css$|\.pf_meta$|\/wasm\.|\/pagefind(-worker)?_[\da-f]{10}\.js$|\/pagefind-entry_[\da-f]{10}\.json$/.test(
        path,
      ),
    );
    // Each of the search files twice (the page's preload and the worker's own request), and the
    // copies of Pagefind's script, worker and entry file that the build named by their content.
    const kind = (path: string) =>
      /\/pagefind-(worker|entry)_/.exec(path)?.[1] ?? (path.includes('/pagefind_') ? 'script' : /\.(\w+)$/.exec(path)![1]);
    expect([...new Set(kept.map(({ path }) => kind(path)))].sort()).toEqual([
      'css',
      'entry',
      'pagefind',
      'pf_meta',
      'script',
      'worker',
    ]);
    // Neither asked for again nor downloaded again.
    for (const { path, asked, bodyBytes } of kept)
      expect({ path, asked, downloaded: bodyBytes > 0 }).toEqual({ path, asked: false, downloaded: false });
    // Pagefind's own names are not used.
    expect(second.filter(({ path }) => /\/pagefind(-worker)?\.js$|\/pagefind-entry\.json$/.test(path))).toEqual([]);
  });

  test('finds a decision by its UN symbol', async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent('CAT/C/48/D/444/2010')}`);
    await expect(page.locator('.results li').first()).toContainText('Toirjon Abdussamatov');
  });

  test('a committee filter narrows the results, and the filter is shareable', async ({ page }) => {
    await page.goto('/en/search/?q=torture');
    const status = page.getByRole('status');
    await expect(status).toContainText('results for “torture”');
    const before = (await status.textContent())!;
    const all = Number(before.match(/\d+/)![0]);
    await page.getByLabel('Committee').selectOption('CAT');
    await expect(page).toHaveURL(/committee=CAT/);
    await expect(status).toContainText('for “torture”');
    await expect(status).not.toHaveText(before);
    const narrowed = Number((await status.textContent())!.match(/\d+/)![0]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    for (const link of await page.locator('.results h3 a').all()) {
      const id = new URL((await link.getAttribute('href'))!, 'http://x').pathname.split('/')[3];
      expect(decisionById(id).data.committee.id).toBe('CAT');
    }
  });

  test('a query typed key by key shows what the whole query finds, not what its beginning found', async ({ page }) => {
    // The page searches while the reader types; Enter must still show the whole query's results.
    const status = page.getByRole('status');
    const found = async (query: string) => {
      await page.goto(`/en/search/?q=${query}`);
      await expect(status).toContainText(`for “${query}”`);
      return status.textContent();
    };
    const beginning = await found('ass');
    const whole = await found('assembly');
    const other = await found('torture');
    expect(beginning).not.toBe(whole);

    await page.goto('/en/search/');
    const box = page.locator('[data-search-form] input[name="q"]');
    await box.pressSequentially('assembly', { delay: 40 });
    await box.press('Enter');
    await expect(status).toHaveText(whole!);
    await expect(page.locator('.results li').first()).toBeVisible();

    await box.fill('');
    await box.pressSequentially('torture', { delay: 10 });
    await box.press('Enter');
    await expect(status).toHaveText(other!);
    await expect(page).toHaveURL(/\?q=torture$/);
  });

  test('sorts results by date, newest first', async ({ page }) => {
    await page.goto('/en/search/?q=assembly&sort=newest');
    const status = page.getByRole('status');
    await expect(status).toContainText('results for “assembly”');
    // The results are shown one by one as Pagefind reads them: wait for the whole first page of ten.
    const total = Number((await status.textContent())!.split(' ')[0]!.replace(/\D/g, ''));
    await expect(page.locator('.results li')).toHaveCount(Math.min(10, total));
    const isoDates = await page
      .locator('.results li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
    expect(isoDates.length).toBeGreaterThan(1);
    expect([...isoDates].sort().reverse()).toEqual(isoDates);
  });
});

test.describe('committees and the national mechanism', () => {
  test('a committee page lists its decisions', async ({ page }) => {
    await page.goto('/en/committees/');
    await page.getByRole('link', { name: 'Committee against Torture' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Committee against Torture');
    await expect(page.locator('tbody tr')).toHaveCount(count((entry) => entry.data.committee.id === 'CAT'));
  });

  test('the mechanism page draws the path and describes it in text', async ({ page }) => {
    await page.goto('/en/mechanism/');
    await expect(page.getByRole('img', { name: /path of a request or Views/ })).toBeVisible();
    await expect(page.locator('ol.steps > li')).toHaveCount(6);
    await expect(page.locator('ol.steps')).toContainText('note verbale');
    // Each statement of the State stands with its date and source.
    const statements = page.getByRole('region', { name: 'What the State has said' }).getByRole('listitem');
    const expected = content.followups.filter(
      (entry) => entry.data.kind === 'government-statement' && entry.data.decisions.length === 0,
    );
    await expect(statements).toHaveCount(expected.length);
    for (const item of await statements.all()) {
      await expect(item.locator('time')).toHaveCount(1);
      await expect(item.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    }
  });
});
