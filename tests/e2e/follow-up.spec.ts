import { expect, test } from '@playwright/test';
import { boardRows } from '../../src/lib/board.ts';
import { buildDay } from '../../src/lib/build-info.ts';
import { replyPeriod } from '../../src/lib/follow-up.ts';
import { content, decisionById } from './content.ts';
import { readerFixtureUrl } from './sites.ts';

// Reply periods, the board and the statistics of the reader fixture's frozen entries.
test.use({ baseURL: readerFixtureUrl });

// The site under test was built today; the periods are worked out for the same day.
const today = buildDay();
const committees = new Map(content.committees.map((entry) => [entry.id, entry.data]));
const rows = boardRows(content.decisions, content.followups, committees, today);
const longDate = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

test('a decision page states the reply period its committee’s rule gives, with no verdict', async ({ page }) => {
  const entry = decisionById('cedaw-45-2012');
  const period = replyPeriod(entry, committees.get('CEDAW'), content.followups, today)!;
  await page.goto('/en/decisions/cedaw-45-2012/');
  const summary = page.getByRole('region', { name: 'Follow-up at a glance' });
  await expect(summary).toContainText('No State reply recorded here');
  await expect(summary).toContainText('6 months, under Optional Protocol to CEDAW, article 7(4)');
  await expect(summary).toContainText(longDate(period.ends));
  await expect(summary).toContainText('No reply is recorded here, and that day has passed.');
  await expect(summary.getByRole('link', { name: 'Text of the provision' })).toHaveAttribute('href', /^https:\/\//);
  await expect(summary).not.toContainText(/overdue|late/i);
});

test('the case timeline runs from the complaint to the latest event, in date order', async ({ page }) => {
  await page.goto('/en/decisions/cedaw-45-2012/');
  const steps = page.locator('.timeline > li');
  await expect(steps.first()).toContainText('Complaint submitted to the committee');
  await expect(steps.nth(1)).toContainText('Committee adopted its decision');
  await expect(steps.last()).toContainText('30 November 2017');
  const dates = await steps.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
  expect([...dates].sort()).toEqual(dates);
});

test('the follow-up board lists each decision with its status and narrows by committee and ended period', async ({ page }) => {
  await page.goto('/en/follow-up/');
  await expect(page.locator('tbody tr')).toHaveCount(rows.length);
  await page.getByLabel('Committee').selectOption('CAT');
  await expect(page.locator('tbody tr:visible')).toHaveCount(
    rows.filter((row) => row.decision.data.committee.id === 'CAT').length,
  );
  await page.getByLabel('Committee').selectOption('CEDAW');
  await page.getByLabel('Period for the reply').selectOption('yes');
  await expect(page).toHaveURL(/committee=CEDAW&ended=yes/);
  await expect(page.locator('tbody tr:visible')).toHaveCount(
    rows.filter((row) => row.decision.data.committee.id === 'CEDAW' && row.periodEnded).length,
  );
});

test('the board’s former address for ended periods leads to its present one', async ({ page }) => {
  await page.goto('/en/follow-up/overdue/');
  await page.getByRole('link', { name: 'This list has moved: open it at its new address.' }).click();
  await expect(page).toHaveURL(/\/en\/follow-up\/period-ended\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the board narrows through static pages', async ({ page }) => {
    await page.goto('/en/follow-up/');
    await page.getByRole('link', { name: /^No reply recorded, period ended/ }).click();
    await expect(page).toHaveURL(/\/en\/follow-up\/period-ended\/$/);
    await expect(page.locator('tbody tr')).toHaveCount(rows.filter((row) => row.periodEnded).length);
    await page.getByRole('link', { name: 'Finding not yet recorded' }).click();
    await expect(page.locator('tbody tr')).toHaveCount(rows.filter((row) => row.status === 'finding-not-recorded').length);
  });
});

test('the statistics tables give the numbers computed from the content', async ({ page }) => {
  await page.goto('/en/statistics/');
  const outcomes = page.getByRole('table', { name: 'Outcomes' });
  const violations = content.decisions.filter((entry) => entry.data.outcome === 'violation').length;
  // The outcomes are counted by where each comes from; the last cell is the total.
  await expect(
    outcomes
      .getByRole('row', { name: /Violation found/ })
      .getByRole('cell')
      .last(),
  ).toHaveText(String(violations));
  await expect(outcomes.getByRole('columnheader', { name: 'Reported by others' })).toBeVisible();
  const byYear = page.getByRole('table', { name: 'Decisions by year of adoption and committee' });
  const in2017 = content.decisions.filter((entry) => entry.data.adopted?.startsWith('2017')).length;
  await expect(byYear.getByRole('row', { name: /^2017/ }).getByRole('cell').last()).toHaveText(String(in2017));
  await expect(page.getByRole('figure', { name: 'Articles most often found violated' })).toBeVisible();
});
