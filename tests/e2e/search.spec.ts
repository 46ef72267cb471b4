/**
 * Search as a reader uses it, in Kazakh, Russian and English, on a small site
 * built from tests/fixtures/search: two decisions, one on Serik Temirbekov
 * (an assembly, 2020, CCPR) and one on Aigul Nurlanova (torture, 2021, CAT).
 * A name in the record finds its decision in any form; a name not in it finds
 * none, whatever shorter word Pagefind would fall back to.
 */
import { expect, test, type Page } from '@playwright/test';
import { dictionaries, type Locale } from '../../src/i18n/index.ts';
import { searchFixtureUrl } from './sites.ts';

test.use({ baseURL: searchFixtureUrl });

const say = (locale: Locale, key: 'search.results.none' | 'search.near', values: Record<string, string>) =>
  dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);

async function search(page: Page, locale: Locale, query: string) {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  const status = page.getByRole('status');
  await expect(status).toContainText(query);
  return status;
}

const answers = (page: Page) => page.locator('[data-search-results] li');
/** The region of near matches, named by its heading whatever the words (the filters are a region too). */
const nearRegion = (page: Page, locale: Locale = 'en') =>
  page.getByRole('region', { name: dictionaries[locale]['search.near'].split('{words}')[0] });
const nearMatches = (page: Page) => nearRegion(page).locator('li');

test.describe('a name in the record', () => {
  for (const [locale, query] of [
    ['en', 'Temirbekov'],
    ['ru', 'Темирбекова'],
    ['kk', 'Темірбековтің'],
  ] as const) {
    test(`finds its decision in ${locale}, in the form asked for («${query}»)`, async ({ page }) => {
      const status = await search(page, locale, query);
      await expect(status).toContainText('1');
      await expect(answers(page)).toHaveCount(1);
      await expect(answers(page).getByRole('link')).toHaveAttribute('href', `/${locale}/decisions/ccpr-3001-2018/`);
      await expect(nearRegion(page, locale)).toBeHidden();
    });
  }

  test('finds its decision when written in the other script, and never shows that spelling', async ({ page }) => {
    await search(page, 'en', 'Темирбеков');
    await expect(answers(page)).toHaveCount(1);
    await expect(answers(page).getByRole('link')).toHaveText('Serik Temirbekov v. Kazakhstan');
    // The Cyrillic spelling is made for the index only: the page never shows it.
    await expect(answers(page)).not.toContainText(/[А-Яа-я]/);
  });
});

test.describe('a name not in the record', () => {
  // Pagefind falls back to the longest word it has that the name starts with: «ж.» (a year's
  // abbreviation on the Kazakh page), «и» (Russian "and"). None of that is an answer.
  for (const [locale, query] of [
    ['kk', 'Жумабаев'],
    ['ru', 'Иванов'],
    ['en', 'Ivanov'],
  ] as const) {
    test(`finds no decision in ${locale} («${query}»)`, async ({ page }) => {
      const status = await search(page, locale, query);
      await expect(status).toHaveText(say(locale, 'search.results.none', { query }));
      await expect(answers(page)).toHaveCount(0);
      await expect(nearRegion(page, locale)).toBeHidden();
    });
  }

  test('that starts like one in the record shows that decision apart, as a near match', async ({ page }) => {
    const status = await search(page, 'en', 'Temirbekova');
    await expect(status).toHaveText(say('en', 'search.results.none', { query: 'Temirbekova' }));
    await expect(answers(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: say('en', 'search.near', { words: 'Temirbekova' }) })).toBeVisible();
    await expect(nearMatches(page)).toHaveCount(1);
    await expect(nearMatches(page).getByRole('link')).toHaveText('Serik Temirbekov v. Kazakhstan');
  });
});

test.describe('an inflected word', () => {
  for (const [locale, query, title] of [
    ['ru', 'пытках', 'Aigul Nurlanova против Казахстана'],
    ['en', 'torturing', 'Aigul Nurlanova v. Kazakhstan'],
    // Kazakh endings are cut before searching: «жиналыстарға» finds «жиналыстан» and «жиналыс».
    ['kk', 'жиналыстарға', 'Serik Temirbekov Қазақстанға қарсы'],
  ] as const) {
    test(`finds the pages with its other forms in ${locale} («${query}»)`, async ({ page }) => {
      await search(page, locale, query);
      const result = answers(page).filter({ has: page.getByRole('link', { name: title }) });
      await expect(result).toBeVisible();
      await expect(result.locator('mark').first()).toBeVisible();
    });
  }
});

test('a Kazakh word searched on the Russian or English page offers the same search in the Kazakh pages', async ({ page }) => {
  for (const [locale, found] of [
    ['en', /^Found in the Kazakh pages: \d+ results?$/],
    ['ru', /^Найдено на казахском языке: \d+ результат/],
  ] as const) {
    const status = await search(page, locale, 'жиналыс');
    await expect(status).toHaveText(say(locale, 'search.results.none', { query: 'жиналыс' }));
    await expect(page.getByRole('link', { name: found })).toHaveAttribute(
      'href',
      `/kk/search/?q=${encodeURIComponent('жиналыс')}`,
    );
  }
  await page.getByRole('link', { name: /казахском/ }).click();
  await expect(answers(page).getByRole('link', { name: 'Serik Temirbekov Қазақстанға қарсы' })).toBeVisible();
});

test('a result says what the decision is and where its follow-up stands, with a passage of its visible text', async ({
  page,
}) => {
  await search(page, 'en', 'teacher');
  const result = answers(page);
  await expect(result).toHaveCount(1);
  await expect(result).toContainText('Human Rights Committee · 2020 · 3001/2018');
  await expect(result.locator('mark')).toContainText('teacher');
  // The facts the index holds for search are not a passage of the page.
  await expect(result).not.toContainText('CCPR 2020 3001/2018');
  // A finding is shown with where it comes from, never alone.
  const text = (await result.textContent())!;
  expect(text.includes('Violation found') === text.includes('Violation found — ')).toBe(true);
});

test.describe('the address', () => {
  test('holds the query, the filters and the sort, and the language switcher keeps them', async ({ page }) => {
    await page.goto('/en/search/?q=Kazakhstan&committee=CAT');
    await expect(page.getByLabel('Committee')).toHaveValue('CAT');
    await expect(answers(page).getByRole('link')).toHaveText(['Aigul Nurlanova v. Kazakhstan']);
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/search\/\?q=Kazakhstan&committee=CAT$/);
    await expect(page.getByLabel('Комитет')).toHaveValue('CAT');

    // A search made on the page goes with the reader too.
    await page.getByRole('searchbox').fill('Temirbekov');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\?q=Temirbekov&committee=CAT$/);
    await page.getByLabel('Комитет').selectOption('');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=Temirbekov$/);
    await expect(answers(page).getByRole('link')).toHaveText(['Serik Temirbekov v. Kazakhstan']);
  });

  test('sorts the decisions found by date, newest first, and oldest first', async ({ page }) => {
    await page.goto('/en/search/?q=Kazakhstan&sort=newest');
    await expect(answers(page).getByRole('link')).toHaveText(['Aigul Nurlanova v. Kazakhstan', 'Serik Temirbekov v. Kazakhstan']);
    await page.getByLabel('Sort by').selectOption('oldest');
    await expect(page).toHaveURL(/sort=oldest/);
    await expect(answers(page).getByRole('link')).toHaveText(['Serik Temirbekov v. Kazakhstan', 'Aigul Nurlanova v. Kazakhstan']);
  });
});

test('the search box on every page leads to the search, whose results come as the reader types', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('searchbox', { name: 'Search decisions' }).fill('Nurlanova');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=Nurlanova/);
  await expect(answers(page).getByRole('link')).toHaveText(['Aigul Nurlanova v. Kazakhstan']);

  // The page searches while the reader types; Enter shows what the whole query finds.
  const box = page.getByRole('searchbox', { name: 'Search decisions' });
  await box.fill('');
  await box.pressSequentially('Temirbekov', { delay: 40 });
  await box.press('Enter');
  await expect(answers(page).getByRole('link')).toHaveText(['Serik Temirbekov v. Kazakhstan']);
  await expect(page).toHaveURL(/\?q=Temirbekov$/);
});
