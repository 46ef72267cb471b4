/**
 * Keyboard use end to end, and pages that reflow on a 320px screen (the width
 * of a 1280px window at 400% zoom, and of the smallest phones) without
 * scrolling sideways, in every language.
 */
import { expect, test } from '@playwright/test';
import { exposedTable } from './accessibility-tree.ts';
import { bundled } from './content.ts';
import { readerFixtureUrl } from './sites.ts';

test('focus is visible on links and controls', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return { tag: element.tagName, background: style.backgroundColor, outline: style.outlineStyle, shadow: style.boxShadow };
  });
  expect(outline.tag).toBe('A');
  expect(outline.background === 'rgb(255, 221, 0)' || outline.outline !== 'none' || outline.shadow !== 'none').toBe(true);
});

test('the decision list is filtered by keyboard alone, and the new count is announced', async ({ page }) => {
  await page.goto('/en/decisions/');
  const committee = page.getByLabel('Committee');
  await committee.focus();
  await page.keyboard.press('ArrowDown');
  await expect(committee).not.toHaveValue('');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).not.toHaveText(new RegExp(`^${bundled.decisions.length} `));
});

/** The decision whose symbols make the longest line, the hardest page to fit. */
const widest = bundled.decisions.reduce((wide, entry) =>
  entry.data.symbols.join(' ').length > wide.data.symbols.join(' ').length ? entry : wide,
);

for (const locale of ['kk', 'ru', 'en']) {
  test(`${locale} pages reflow at 320px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '',
      'decisions/',
      `decisions/${widest.id}/`,
      'follow-up/',
      'statistics/',
      'mechanism/',
      'search/?q=2015',
      'data/',
      'committees/',
    ]) {
      await page.goto(`/${locale}/${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `/${locale}/${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0);
    }
  });
}

for (const screen of [
  { name: 'on a phone', width: 390, height: 844 },
  { name: 'on a wide screen', width: 1280, height: 800 },
]) {
  test(`${screen.name}, the list lays out only the rows near the screen, and every row stays in the page`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto('/en/decisions/');
    const table = page.getByRole('table', { name: 'All decisions' });
    const rows = page.locator('table.decision-table tbody tr');
    await expect(rows).toHaveCount(bundled.decisions.length);
    // Still a table for screen readers, as the browser exposes it once the layout has changed its
    // display: its rows, its column headers, and cells in each row, named by their content alone
    // (the phone's "Committee:" labels are for the eye).
    await expect(table.getByRole('row')).toHaveCount(bundled.decisions.length + 1);
    const exposed = await exposedTable(page, 'All decisions');
    expect(exposed?.rows).toBe(bundled.decisions.length + 1);
    expect(exposed?.columnHeaders).toEqual(['Case', 'Committee', 'Adopted', 'Outcome']);
    expect(exposed?.firstRow.map((cell) => cell.role)).toEqual(['cell', 'cell', 'cell', 'cell']);
    expect(exposed?.firstRow[1]?.name).toMatch(/^[A-Z]+$/);
    const last = rows.last();
    // Far below the screen: Chromium skips its layout (docs/performance.md) but keeps it for screen readers.
    expect(await last.evaluate((row) => getComputedStyle(row).contentVisibility)).toBe('auto');
    await expect(last.getByRole('link')).toHaveAccessibleName(/ v\. Kazakhstan$/);
    await last.scrollIntoViewIfNeeded();
    await expect(last.getByRole('link')).toBeInViewport();
    const box = await last.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(40);
  });
}

test('printed, a list lays out every row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'print' });
  await page.goto('/en/decisions/');
  const last = page.locator('table.decision-table tbody tr').last();
  expect(await last.evaluate((row) => getComputedStyle(row).contentVisibility)).toBe('visible');
});

test('on a wide screen, every row of a list lines up with the column headings', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of ['/ru/decisions/', '/kk/follow-up/']) {
    await page.goto(path);
    const lefts = (row: import('@playwright/test').Locator) =>
      row.locator('th, td').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    const headings = await lefts(page.locator('table.decision-table thead tr'));
    expect(headings).toHaveLength(4);
    // Distinct columns, left to right.
    expect([...new Set(headings)].sort((a, b) => a - b)).toEqual(headings);
    for (const index of [0, 1, 2, 5]) {
      const row = page.locator('table.decision-table tbody tr').nth(index);
      await row.scrollIntoViewIfNeeded();
      expect(await lefts(row), `${path}, row ${index + 1}`).toEqual(headings);
    }
  }
});

/** On the pages and the words of given decisions: the reader fixture's frozen entries. */
test.describe('on the reader fixture', () => {
  test.use({ baseURL: readerFixtureUrl });

  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/en/decisions/ccpr-2521-2015/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('search is operated by keyboard and announces its results', async ({ page }) => {
    await page.goto('/en/search/');
    await page.getByRole('searchbox', { name: 'Search decisions' }).focus();
    await page.keyboard.type('Narymbaev');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('result');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Committee')).toBeFocused();
  });

  test('text enlarged to 200% still fits a 640px window', async ({ page }) => {
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto('/ru/decisions/ccpr-2521-2015/');
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' }).catch(() => undefined);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
