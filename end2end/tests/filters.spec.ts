import { expect, test, type Page } from '@playwright/test';
import { ready } from './ready';

const events = (page: Page) => page.locator('li.event');
/** The number of events the view selects, in all its pages, as its summary says. */
const total = async (page: Page) =>
  Number((await page.locator('.summary__count').textContent())!.match(/\d+/)![0]);

test('toggling a category narrows the list in place and the URL records it @js', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const all = await events(page).count();
  const everything = await total(page);
  // A page that stays loaded keeps this marker; a full page load would drop it.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  await page.getByRole('checkbox', { name: 'Trade', exact: true }).check();

  await expect(page).toHaveURL(/\?category=trade$/);
  await expect(events(page).first()).toHaveClass(/cat-trade/);
  // Focus stays on the box, and screen readers hear the new count.
  await expect(page.getByRole('checkbox', { name: 'Trade', exact: true })).toBeFocused();
  await expect(page.locator('.announcer')).toHaveText(/\d+ events? match/);
  const trade = await events(page).count();
  expect(await total(page)).toBeLessThan(everything);
  expect(await page.locator('li.event:not(.cat-trade)').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Trade', exact: true })).toBeChecked();
  await expect(events(page)).toHaveCount(trade);
  // Back is handled in place, by the reloaded page's code.
  await ready(page);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  // At least as many as before: the editor tests may add events meanwhile.
  await expect(page.locator('li.event:not(.cat-trade)').first()).toBeVisible();
  await expect.poll(() => events(page).count()).toBeGreaterThanOrEqual(all);
  await expect(page.getByRole('checkbox', { name: 'Trade', exact: true })).not.toBeChecked();
});

test('the filter form works as a plain GET form', async ({ page }) => {
  await page.goto('/');
  const everything = await total(page);
  await page.getByRole('checkbox', { name: 'Trade', exact: true }).check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]category=trade/);
  await expect(events(page).first()).toHaveClass(/cat-trade/);
  expect(await total(page)).toBeLessThan(everything);
  expect(await page.locator('li.event:not(.cat-trade)').count()).toBe(0);
});

test('a search marks its words in the results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('GSOMIA');
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(page).toHaveURL(/[?&]q=GSOMIA(&|$)/);
  await expect(page.locator('mark').first()).toHaveText(/gsomia/i);
  await expect(page.locator('#main').getByText(/events? match/)).toBeVisible();
});

test('a bad date is explained and the whole timeline stays', async ({ page }) => {
  const response = await page.goto('/?from=2019-13-45');
  expect(response?.status()).toBe(400);
  await expect(page.getByRole('alert')).toContainText('“2019-13-45” is not a date');
  // The first page of the whole timeline, unfiltered.
  const { page_size } = await (await page.request.get('/api/events')).json();
  await expect(events(page)).toHaveCount(page_size);
});

test('choosing a year on the axis shows that year', async ({ page }) => {
  await page.goto('/?from=2010&to=2019');
  await page.locator('.axis a[href="/?from=2019&to=2019"]').click();
  await expect(page).toHaveURL(/\?from=2019&to=2019$/);
  await expect(page.getByRole('heading', { level: 2, name: '2019' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '1965' })).toHaveCount(0);
});

test('a year on the axis opens in place @js', async ({ page }) => {
  await page.goto('/?from=2010&to=2019');
  await ready(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.locator('.axis a[href="/?from=2019&to=2019"]').click();
  await expect(page).toHaveURL(/\?from=2019&to=2019$/);
  await expect(page.getByRole('heading', { level: 2, name: '1965' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});
