import { expect, test, type Page } from '@playwright/test';
import { ready } from './ready';

const RULING = /Nippon Steel/;
/** A view of the timeline around the 2018 rulings: a handful of events, whatever the seed. */
const RECENT = '/?from=2018-10&to=2018-11';

/** Fails the test on any console error or uncaught exception in the page. */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test('the timeline shows the seeded events by year', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Korea–Japan relations');
  // A page's worth, from 1876.
  const { page_size } = await (await page.request.get('/api/events')).json();
  await expect(page.locator('li.event')).toHaveCount(page_size);
  await expect(page.getByRole('heading', { level: 2, name: '1876' })).toBeVisible();
  await page.goto(RECENT);
  await expect(page.getByRole('heading', { level: 2, name: '2018' })).toBeVisible();
  await expect(page.locator('.timeline').getByRole('link', { name: RULING }).first()).toBeVisible();
  await page.goto('/?from=2019-11-22&to=2019-11-22');
  await expect(page.locator('time[datetime="2019-11-22"]').first()).toHaveText('22 November 2019');
});

test('clicking a title opens its permanent page', async ({ page }) => {
  await page.goto(RECENT);
  const link = page.locator('.timeline').getByRole('link', { name: RULING }).first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/events\/\d+-[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(title));
});

test('a permanent page links back to its place in the timeline', async ({ page }) => {
  await page.goto(RECENT);
  const link = page.locator('.timeline').getByRole('link', { name: RULING }).first();
  const href = (await link.getAttribute('href'))!;
  const id = href.match(/\/events\/(\d+)/)![1];
  await page.goto(href);
  await page.getByRole('link', { name: 'See in timeline' }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?page=\\d+#event-${id}$`));
  await expect(page.locator(`#event-${id}`)).toBeInViewport();
});

test('a short link is redirected to the permanent page', async ({ page }) => {
  await page.goto(RECENT);
  const href = (await page.locator('.timeline').getByRole('link', { name: RULING }).first().getAttribute('href'))!;
  const id = href.match(/\/events\/(\d+)/)![1];
  await page.goto(`/events/${id}`);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('an unknown page says so with status 404', async ({ page }) => {
  const response = await page.goto('/events/999999');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not in the timeline');
  await page.getByRole('link', { name: 'Go to the timeline' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the timeline runs without console errors and navigates in place @js', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(RECENT);
  await ready(page);
  // A page that stays loaded keeps this marker; a full page load would drop it.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.locator('.timeline').getByRole('link', { name: RULING }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nippon Steel');
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  // The head describes the event now, not the timeline it came from.
  const canonical = page.locator('link[rel="canonical"]');
  await expect(canonical).toHaveCount(1);
  expect(new URL((await canonical.getAttribute('href'))!).pathname).toBe(
    new URL(page.url()).pathname,
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('an event page steps to the next event in place @js', async ({ page }) => {
  const errors = watchForErrors(page);
  await page.goto(RECENT);
  const href = (await page.locator('.timeline').getByRole('link', { name: RULING }).first().getAttribute('href'))!;
  await page.goto(href);
  await ready(page);
  const next = page.locator('a[rel="next"]');
  const nextTitle = (await next.locator('.link__title').textContent())!.trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  await expect(page).toHaveURL(/\/events\/\d+-/);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('readers download no WebAssembly @js', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(RECENT);
  await ready(page);
  await page.locator('.timeline').getByRole('link', { name: RULING }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nippon Steel');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((url) => /\.(wasm|js)$/.test(url))).toEqual([]);
});

test('a printed view is a clean list without the controls', async ({ page }) => {
  await page.goto(RECENT);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('form.filters')).toBeHidden();
  await expect(page.locator('.axis')).toBeHidden();
  await expect(page.locator('.timeline').getByRole('link', { name: RULING }).first()).toBeVisible();
  await expect(page.locator('.event__summary').first()).toBeVisible();
  await expect(page.locator('.event__sources').first()).toBeVisible();
});

// The first screen shows the timeline itself: the axis and the first event's date and title,
// on a laptop and on a phone, in every language.
for (const [width, height] of [
  [1280, 720],
  [390, 844],
]) {
  test(`the first screen at ${width}×${height} shows the axis and the first event`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const path of ['/', '/ko/', '/ja/']) {
      await page.goto(path);
      const axis = await page.locator('.axis__chart').boundingBox();
      const title = await page.locator('li.event .event__title').first().boundingBox();
      expect(axis && axis.y + axis.height, path).toBeLessThanOrEqual(height);
      // The title's first line at least.
      expect(title && title.y + 24, path).toBeLessThanOrEqual(height);
    }
  });
}
