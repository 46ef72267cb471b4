import { expect, test } from '@playwright/test';
import { boardRows } from '../../src/lib/board.ts';
import { buildDay } from '../../src/lib/build-info.ts';
import { replyDeadline } from '../../src/lib/follow-up.ts';
import { content, decisionById } from './content.ts';

// The site under test was built today; the deadlines are worked out for the same day.
const today = buildDay();
const rows = boardRows(content.decisions, content.followups, today);
const longDate = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

test('a decision page shows its follow-up status, reply deadline and overdue days', async ({ page }) => {
  const entry = decisionById('cedaw-45-2012');
  const deadline = replyDeadline(entry, content.followups, today)!;
  await page.goto('/en/decisions/cedaw-45-2012/');
  const summary = page.getByRole('region', { name: 'Follow-up at a glance' });
  await expect(summary).toContainText('No State reply recorded');
  await expect(summary).toContainText(longDate(deadline.due));
  await expect(summary).toContainText('180 days after adoption; the date it was transmitted to the State is not recorded');
  await expect(summary).toContainText(`Overdue by ${deadline.overdueDays.toLocaleString('en-GB')} days on ${longDate(today)}`);
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

test('the follow-up board lists each decision with its status and narrows by committee and overdue', async ({ page }) => {
  await page.goto('/en/follow-up/');
  await expect(page.locator('tbody tr')).toHaveCount(rows.length);
  await page.getByLabel('Committee').selectOption('CAT');
  await expect(page.locator('tbody tr:visible')).toHaveCount(
    rows.filter((row) => row.decision.data.committee.id === 'CAT').length,
  );
  await page.getByLabel('Reply overdue').selectOption('yes');
  await expect(page).toHaveURL(/committee=CAT&overdue=yes/);
  await expect(page.locator('tbody tr:visible')).toHaveCount(
    rows.filter((row) => row.decision.data.committee.id === 'CAT' && row.overdue).length,
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the board narrows through static pages', async ({ page }) => {
    await page.goto('/en/follow-up/');
    await page.getByRole('link', { name: /^Overdue only/ }).click();
    await expect(page).toHaveURL(/\/en\/follow-up\/overdue\/$/);
    await expect(page.locator('tbody tr')).toHaveCount(rows.filter((row) => row.overdue).length);
    await page.getByRole('link', { name: 'Finding not yet recorded' }).click();
    await expect(page.locator('tbody tr')).toHaveCount(rows.filter((row) => row.status === 'finding-not-recorded').length);
  });
});

test('the statistics tables give the numbers computed from the content', async ({ page }) => {
  await page.goto('/en/statistics/');
  const outcomes = page.getByRole('table', { name: 'Outcomes' });
  const violations = content.decisions.filter((entry) => entry.data.outcome === 'violation').length;
  await expect(outcomes.getByRole('row', { name: /Violation found/ }).getByRole('cell')).toHaveText(String(violations));
  const byYear = page.getByRole('table', { name: 'Decisions by year of adoption and committee' });
  const in2017 = content.decisions.filter((entry) => entry.data.adopted?.startsWith('2017')).length;
  await expect(byYear.getByRole('row', { name: /^2017/ }).getByRole('cell').last()).toHaveText(String(in2017));
  await expect(page.getByRole('figure', { name: 'Articles most often found violated' })).toBeVisible();
});
