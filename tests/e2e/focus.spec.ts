/**
 * What a keyboard user sees of where they are: the focused link, button or
 * field stays readable and stands out from what is around it (WCAG 2.2 AA:
 * 1.4.3 text contrast 4.5:1, 1.4.11 the focus indicator 3:1, computed from
 * the colours the browser paints with), and the navigation marks the page
 * the reader is on, or the section it belongs to, and nothing else.
 */
import { expect, test, type Page } from '@playwright/test';
import { dictionaries, LOCALES } from '../../src/i18n/index.ts';

/** What the focused element looks like, from its computed style; colours as [r, g, b, alpha]. */
type FocusedLook = {
  description: string;
  focusVisible: boolean;
  text: number[];
  /** Behind the element's text: its own background, else the first painted one around it. */
  background: number[];
  /** Behind the element itself, where its indicator is drawn. */
  surroundings: number[];
  /** The outline's colour when it is at least 2px wide, the box shadows' colours, and a background of its own. */
  indicators: number[][];
};

/** The look of the focused element, read in the page. */
function focusedLook(page: Page): Promise<FocusedLook> {
  return page.evaluate(() => {
    const parse = (value: string) => {
      const parts = /rgba?\(([^)]+)\)/
        .exec(value)?.[1]
        ?.split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number) ?? [0, 0, 0, 0];
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const painted = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3]! > 0) return colour;
      }
      return [255, 255, 255, 1];
    };
    const element = document.activeElement!;
    const style = getComputedStyle(element);
    const own = parse(style.backgroundColor);
    const indicators = [...style.boxShadow.matchAll(/rgba?\([^)]+\)/g)].map((match) => parse(match[0]));
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) indicators.push(parse(style.outlineColor));
    if (own[3]! > 0) indicators.push(own);
    const name = element.textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) || element.getAttribute('name') || '';
    return {
      description: `${element.tagName.toLowerCase()} "${name}"`,
      focusVisible: element.matches(':focus-visible'),
      text: parse(style.color),
      background: painted(element),
      surroundings: painted(element.parentElement),
      indicators,
    };
  });
}

/** WCAG 2.2's contrast ratio of two opaque colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Tabs through the page from its start, and checks each stop's look in the state the keyboard gives it. */
async function checkFocusStops(page: Page, path: string, stops: number) {
  const problems: string[] = [];
  await page.goto(path);
  for (let stop = 0; stop < stops; stop += 1) {
    await page.keyboard.press('Tab');
    const look = await focusedLook(page);
    if (look.description.startsWith('body')) break;
    const where = `${path}, stop ${stop + 1}, ${look.description}`;
    if (!look.focusVisible) problems.push(`${where}: not :focus-visible`);
    const text = contrast(look.text, look.background);
    if (text < 4.5) problems.push(`${where}: text ${text.toFixed(2)}:1 on its background`);
    const indicator = Math.max(0, ...look.indicators.map((colour) => contrast(colour, look.surroundings)));
    if (indicator < 3) problems.push(`${where}: focus indicator ${indicator.toFixed(2)}:1 against the page around it`);
  }
  return problems;
}

for (const locale of LOCALES) {
  for (const screen of [
    { name: 'on a phone', width: 390, height: 844 },
    { name: 'on a wide screen', width: 1280, height: 800 },
  ]) {
    test(`${locale} ${screen.name}: every focused header link, button and field is readable and stands out`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      const problems: string[] = [];
      // The header (skip link, name, languages, menu or navigation) and the search form below it.
      problems.push(...(await checkFocusStops(page, `/${locale}/`, 16)));
      // The list's filters and their button, and on the search page its field, button and menus.
      problems.push(...(await checkFocusStops(page, `/${locale}/decisions/`, 20)));
      problems.push(...(await checkFocusStops(page, `/${locale}/search/`, 18)));
      // The tables that scroll sideways on a phone, each a stop of its own.
      problems.push(...(await checkFocusStops(page, `/${locale}/statistics/`, 18)));
      if (screen.width < 600) {
        // The phone's menu, open: each of its links in turn.
        await page.goto(`/${locale}/`);
        await page.getByRole('button', { name: dictionaries[locale]['nav.menu'] }).click();
        for (let stop = 0; stop < 7; stop += 1) {
          await page.keyboard.press('Tab');
          const look = await focusedLook(page);
          const text = contrast(look.text, look.background);
          if (text < 4.5) problems.push(`/${locale}/ menu, ${look.description}: text ${text.toFixed(2)}:1`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
}

test('the navigation marks the page the reader is on, and the section of a page within one', async ({ page }) => {
  for (const locale of LOCALES) {
    const t = dictionaries[locale];
    const nav = page.getByRole('navigation', { name: t['nav.label'] });
    const marked = nav.locator('[aria-current]');

    await page.goto(`/${locale}/data/`);
    await expect(marked).toHaveCount(0);
    await expect(page.getByRole('contentinfo').getByRole('link', { name: t['nav.data'] })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await page.goto(`/${locale}/decisions/`);
    await expect(marked).toHaveCount(1);
    await expect(nav.getByRole('link', { name: t['nav.decisions'] })).toHaveAttribute('aria-current', 'page');

    await page.goto(`/${locale}/meetings/`);
    await expect(marked).toHaveCount(1);
    await expect(nav.getByRole('link', { name: t['nav.mechanism'] })).toHaveAttribute('aria-current', 'true');
  }
});
