/**
 * The portal on a 390px phone, in every language: the header leaves the screen
 * to the page, its menu opens and closes (and is a plain list without
 * JavaScript), a list starts on the first screen with its filters folded, and
 * no table is cut off: a table wider than the screen scrolls in a named
 * region the keyboard reaches, and no word of a field's name or type, nor a
 * code in its meaning, is broken across lines.
 */
import { expect, test, type Page } from '@playwright/test';
import { dictionaries, LOCALES } from '../../src/i18n/index.ts';

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

/**
 * The tables of the page cut off on the right: wider than the box that scrolls them (or than the
 * screen), where that box is not a named region the keyboard can reach. Returns one line per table.
 */
function clippedTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('table')].flatMap((table) => {
      if (!table.checkVisibility()) return [];
      const name = table.caption?.textContent?.trim() ?? table.id;
      let box: HTMLElement | null = table.parentElement;
      while (box && !['auto', 'scroll', 'hidden'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
      const limit = box ? box.getBoundingClientRect().right : document.documentElement.clientWidth;
      if (table.getBoundingClientRect().right <= limit + 1) return [];
      const reachable =
        box !== null &&
        getComputedStyle(box).overflowX !== 'hidden' &&
        box.getAttribute('role') === 'region' &&
        box.tabIndex === 0 &&
        Boolean(box.getAttribute('aria-labelledby') || box.getAttribute('aria-label'));
      return reachable ? [] : [`"${name}" is cut off`];
    }),
  );
}

/** Words of the page's `selector` elements that the browser broke across two lines. */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

for (const locale of LOCALES) {
  const t = dictionaries[locale];

  test(`${locale}: the menu folds the navigation behind one button, and opens and closes it`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    const header = page.getByRole('banner');
    const height = (await header.boundingBox())?.height ?? 0;
    expect(height, `the header is ${height}px high`).toBeLessThan(PHONE.height / 5);

    const menu = page.getByRole('button', { name: t['nav.menu'] });
    const decisions = page.getByRole('navigation', { name: t['nav.label'] }).getByRole('link', { name: t['nav.decisions'] });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(decisions).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(decisions).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(decisions).toBeHidden();
    await expect(menu).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(decisions).toBeVisible();
    await decisions.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/decisions/$`));
  });

  test(`${locale}: without JavaScript the navigation is a plain list`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/`);
    await expect(page.getByRole('button', { name: t['nav.menu'] })).toHaveCount(0);
    const nav = page.getByRole('navigation', { name: t['nav.label'] });
    await expect(nav.getByRole('link', { name: t['nav.search'] })).toBeVisible();
    await context.close();
  });

  test(`${locale}: a list starts on the first screen, its filters folded until asked for`, async ({ page }) => {
    for (const [path, committeeLabel] of [
      ['decisions/', t['list.filter.committee']],
      ['follow-up/', t['list.filter.committee']],
    ] as const) {
      await page.goto(`/${locale}/${path}`);
      const committee = page.getByLabel(committeeLabel, { exact: true });
      await expect(committee).toBeHidden();
      await expect(page.locator('table tbody tr').first().getByRole('link').first()).toBeInViewport();

      await page.getByText(t['list.narrow.toggle'], { exact: true }).click();
      await expect(committee).toBeVisible();
    }
    // Wider, the filters are open without asking.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/${locale}/decisions/`);
    await expect(page.getByLabel(t['list.filter.committee'], { exact: true })).toBeVisible();
    await expect(page.getByText(t['list.narrow.toggle'], { exact: true })).toBeHidden();
  });

  test(`${locale}: no table is cut off, and a wide one scrolls in a named region the keyboard reaches`, async ({ page }) => {
    for (const path of ['', 'decisions/', 'follow-up/', 'statistics/', 'data/', 'about/', 'committees/ccpr/', 'editors/']) {
      await page.goto(`/${locale}/${path}`);
      expect(await clippedTables(page), `/${locale}/${path}`).toEqual([]);
    }
    await page.goto(`/${locale}/statistics/`);
    const region = page.getByRole('region', { name: t['stats.byYear.title'] });
    const scrolls = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
    if (scrolls) {
      await expect(region.getByText(t['common.scrollTable'])).toBeVisible();
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    } else {
      await expect(region.getByText(t['common.scrollTable'])).toBeHidden();
    }
  });

  test(`${locale}: the names, types and codes of the open data's fields break only between words`, async ({ page }) => {
    await page.goto(`/${locale}/data/`);
    await expect(page.getByRole('term').first()).toBeVisible();
    expect(await brokenWords(page, 'dt, dd code')).toEqual([]);
  });
}
