import { expect, test } from '@playwright/test';
import { chooseFile, importFile } from './importing';

// Importing events from a file, with and without JavaScript: the upload form, the preview
// row by row, and the confirmation.

test('an editor imports a small CSV through its preview', async ({ page }, testInfo) => {
  // Both projects run against one server, and a test may be repeated: a title of its own.
  const title = `Imported ${testInfo.project.name} ${testInfo.retry} ${Date.now()}`;
  await chooseFile(page, importFile(title));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page).toHaveURL(/\/admin\/import\/[\w-]+$/);
  await expect(page.getByText('1 to add, 0 to change, 0 refused.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Line 2/ })).toContainText(title);
  await page.getByRole('button', { name: 'Import 1 event' }).click();
  await expect(page).toHaveURL(/\/admin\/import\?created=1&updated=0$/);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported: 1 added, 0 changed.',
  );
  const found = await page.request.get(`/api/events?q=${encodeURIComponent(title)}`);
  expect((await found.json()).count).toBe(1);
});

test('a refused row is shown with its reason, and nothing can be confirmed', async ({ page }) => {
  await chooseFile(page, importFile(`Never imported ${Date.now()}`, true));
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByText('1 to add, 0 to change, 1 refused.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Line 3/ })).toContainText(
    'title_en: This is required.',
  );
  await expect(page.getByRole('button', { name: /Import/ })).toHaveCount(0);
});

test('the upload says the file is being read while it is @js', async ({ page }) => {
  await chooseFile(page, importFile(`Busy ${Date.now()}`));
  // What the form says as it is sent, kept across the navigation to the preview (a browser
  // cannot hold back a form's upload for a test to watch it wait).
  await page.evaluate(() =>
    addEventListener('submit', (event) => {
      const form = event.target as HTMLFormElement;
      const button = form.querySelector('button[type=submit]');
      sessionStorage.setItem('sent', `${button?.textContent}|${form.getAttribute('aria-busy')}`);
    }),
  );
  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page).toHaveURL(/\/admin\/import\/[\w-]+$/);
  expect(await page.evaluate(() => sessionStorage.getItem('sent'))).toBe('Reading the file…|true');
});
