import { expect, test } from '@playwright/test';
import { correct } from './correcting';
import { signIn } from './editor';

// An editor marks a save as a correction; readers find it in the public log, with what it
// changed, and on the event's page. Plain forms and links: with JavaScript on and off.

test('an editor marks a save as a correction and readers find it in the log', async ({
  page,
}, testInfo) => {
  // Both projects run at once against one server: each corrects an event of its own.
  const { events } = await (await page.request.get('/api/events?category=trade')).json();
  const event = events[testInfo.project.name === 'javascript' ? 2 : 3];
  const note = `Corrected the summary (${testInfo.project.name}, ${Date.now()}).`;
  await page.goto('/login');
  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  await correct(page, event.id, `${event.summary} Corrected here.`, note);

  // The log, in Korean: the note, what changed, and the event's page.
  await page.goto('/ko/corrections');
  const entry = page.locator('.corrections__entry').filter({ hasText: note });
  await expect(entry).toBeVisible();
  await expect(entry.locator('ins').filter({ hasText: 'Corrected here.' }).first()).toBeVisible();
  await entry.locator('.corrections__event a').click();
  await expect(page).toHaveURL(new RegExp(`/ko/events/${event.id}-[^/]+$`));
  // The event's page names the correction, and links the revision that made it.
  await expect(page.locator('.permalink__corrected')).toContainText('정정');
  await page.locator('.permalink__corrected a').click();
  await expect(page).toHaveURL(new RegExp(`/ko/events/${event.id}-[^/]+/v/\\d+$`));
  await expect(page.locator('.history__note')).toContainText(note);
});
