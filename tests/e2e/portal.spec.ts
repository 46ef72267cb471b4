/**
 * What a reader sees of the record: the home page's figures, the decision
 * list's filters and orders, a decision page, the committees and the national
 * mechanism. On the reader fixture, whose frozen entries hold what each test
 * needs (a decision of 2020, one whose outcome is not recorded, remedies with
 * follow-up events), whatever editors change in src/content.
 */
import { expect, test } from '@playwright/test';
import { content, decisionById } from './content.ts';
import { readerFixtureUrl } from './sites.ts';

test.use({ baseURL: readerFixtureUrl });

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
