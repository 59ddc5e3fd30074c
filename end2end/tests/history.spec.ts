import { expect, test } from '@playwright/test';

// An event's history and its revisions are plain pages with plain links: they work the
// same with JavaScript on and off (this file runs in both projects).

test("an event's history and a revision as it stood are reached by links", async ({ page }) => {
  const event = await page.request.get('/ko/events/1', { maxRedirects: 0 });
  const eventPath = event.headers()['location'];
  await page.goto(eventPath);
  // "Last changed on …" leads to the history.
  await page.locator('.permalink__changed a').click();
  await expect(page).toHaveURL(new RegExp(`${eventPath}/history$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('수정 기록');
  await page.getByRole('link', { name: '제1판' }).click();
  await expect(page).toHaveURL(new RegExp(`${eventPath}/v/1$`));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('.revision__notice')).toContainText('이전 판');
  // And back to the event as it is now.
  await page.getByRole('link', { name: '현재 판 보기' }).click();
  await expect(page).toHaveURL(new RegExp(`${eventPath}$`));
  // The citation folds away until asked for.
  const cite = page.locator('details.cite');
  await expect(cite.locator('.cite__text')).toBeHidden();
  await cite.locator('summary').click();
  // It names the revision read now, which other tests may have moved on from 1.
  await expect(cite.locator('.cite__text')).toContainText(/\/v\/\d+$/);
});
