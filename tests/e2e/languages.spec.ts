import { expect, test, type Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { kk } from '../../src/i18n/kk.ts';
import { ru } from '../../src/i18n/ru.ts';
import { bundled, content } from './content.ts';
import { readerFixtureUrl } from './sites.ts';

/** A page of each type in `locale`, with the pages of the decisions named. */
const pages = (locale: string, decisions: string[]) => [
  `/${locale}/`,
  `/${locale}/decisions/`,
  `/${locale}/decisions/committee/cat/`,
  ...decisions.map((id) => `/${locale}/decisions/${id}/`),
  `/${locale}/committees/`,
  `/${locale}/committees/ccpr/`,
  `/${locale}/mechanism/`,
  `/${locale}/search/?q=2015`,
  `/${locale}/editors/`,
];

/**
 * English interface text that must not appear on a page in another language:
 * every dictionary text whose translation differs, split at its placeholders,
 * keeping fragments long enough not to occur by chance in names or symbols.
 */
function englishFragments(other: Record<string, string>): string[] {
  const fragments = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    if (other[key] === value) continue;
    for (const part of value.split(/\{\w+\}/)) {
      const trimmed = part
        .trim()
        .replace(/^[.,:;·—-]+|[.,:;·—-]+$/g, '')
        .trim();
      if (trimmed.length >= 8) fragments.add(trimmed);
    }
  }
  return [...fragments];
}

async function visibleInterfaceText(page: Page): Promise<string> {
  // Content kept in its original language is marked with lang="en"; only interface text is checked.
  // innerText of the live page: what is rendered, without hidden elements or scripts.
  return page.locator('body').evaluate((body) => {
    // File names in <code> are not prose either.
    for (const element of body.querySelectorAll('[lang="en"], code, .visually-hidden[aria-hidden="true"]')) element.remove();
    return (body as HTMLElement).innerText;
  });
}

/** Checks in Kazakh and in Russian the pages of `pages`, with those of the decisions named. */
function noEnglishInterfaceText(decisions: string[]) {
  for (const [locale, dictionary] of [
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    test(`no English interface text on ${locale} pages`, async ({ page }) => {
      const fragments = englishFragments(dictionary as Record<string, string>);
      expect(fragments.length).toBeGreaterThan(100);
      for (const path of pages(locale, decisions)) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        // The search's results, read once their first page is all shown (the count names the query).
        const query = new URL(path, 'http://site').searchParams.get('q');
        if (query) await expect(page.getByRole('status')).toContainText(query);
        const text = await visibleInterfaceText(page);
        const leaked = fragments.filter((fragment) => text.includes(fragment));
        expect(leaked, `English text on ${path}`).toEqual([]);
      }
    });
  }
}

test.describe('on the real site', () => {
  // Any decision will do: one of each committee's.
  noEnglishInterfaceText([...new Map(bundled.decisions.map((entry) => [entry.data.committee.id, entry.id])).values()]);
});

/** The pages of given decisions, and the searches for their words, on the reader fixture: frozen entries. */
test.describe('on the reader fixture', () => {
  test.use({ baseURL: readerFixtureUrl });

  noEnglishInterfaceText(['ccpr-2521-2015', 'cat-444-2010']);

  test('switching language on a decision page lands on the same decision', async ({ page }) => {
    await page.goto('/en/decisions/ccpr-2521-2015/');
    await page.getByRole('link', { name: 'Қазақша' }).click();
    await expect(page).toHaveURL(/\/kk\/decisions\/ccpr-2521-2015\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ermek Narymbaev Қазақстанға қарсы');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/decisions\/ccpr-2521-2015\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ermek Narymbaev против Казахстана');
    await expect(page.locator('.summary')).toContainText('Правозащитник Ermek Narymbaev');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      /\/en\/decisions\/ccpr-2521-2015\/$/,
    );
  });

  test('each language formats dates and counts its own way', async ({ page }) => {
    await page.goto('/ru/decisions/ccpr-2521-2015/');
    await expect(page.getByRole('region', { name: ru['decision.facts'] })).toContainText('6 ноября 2020 г.');
    await page.goto('/kk/decisions/ccpr-2521-2015/');
    await expect(page.getByRole('region', { name: kk['decision.facts'] })).toContainText('2020 ж. 6 қараша');
    await page.goto('/ru/decisions/committee/cat/');
    const cat = content.decisions.filter((entry) => entry.data.committee.id === 'CAT').length;
    const form = new Intl.PluralRules('ru').select(cat);
    await expect(page.getByRole('status')).toHaveText(
      (ru as Record<string, string>)[`list.count.${form}`]!.replace('{count}', String(cat)),
    );
  });

  /** Real queries a reader might type, each with the decision it must find. */
  const searches: { locale: 'kk' | 'ru'; query: string; expected: string }[] = [
    { locale: 'kk', query: 'Нарымбаев', expected: 'ccpr-2521-2015' },
    { locale: 'kk', query: 'Нарымбаевтың', expected: 'ccpr-2521-2015' },
    { locale: 'kk', query: 'Narymbaev', expected: 'ccpr-2521-2015' },
    { locale: 'kk', query: 'Байқоңырдан', expected: 'ccpr-2521-2015' },
    { locale: 'kk', query: 'Белоусованың', expected: 'cedaw-45-2012' },
    { locale: 'kk', query: 'Торегожина', expected: 'ccpr-2137-2012' },
    { locale: 'ru', query: 'Нарымбаева', expected: 'ccpr-2521-2015' },
    { locale: 'ru', query: 'Байконура', expected: 'ccpr-2521-2015' },
    { locale: 'ru', query: 'выдаче Узбекистан', expected: 'cat-444-2010' },
    { locale: 'ru', query: 'Белоусовой', expected: 'cedaw-45-2012' },
  ];

  for (const { locale, query, expected } of searches) {
    test(`a ${locale} search for “${query}” finds ${expected}`, async ({ page }) => {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
      // The results are shown one by one as Pagefind reads them: wait for the expected one among them,
      // rather than read the list as soon as the first is there.
      await expect(page.locator(`.results h3 a[href="/${locale}/decisions/${expected}/"]`)).toBeVisible();
    });
  }
});

test('the root offers the three languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  for (const name of ['Қазақша', 'Русский', 'English']) await expect(page.getByRole('link', { name })).toBeVisible();
  await context.close();
});

test('the root leads a browser to its preferred language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru\/$/);
  await context.close();
});
