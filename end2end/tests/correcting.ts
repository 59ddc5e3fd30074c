import { expect, type Page } from '@playwright/test';

/**
 * Saves event `id` with `summary` as a correction, with `note` saying what was corrected, as
 * a signed-in editor does it in the event's form.
 */
export async function correct(page: Page, id: number, summary: string, note: string) {
  await page.goto(`/admin/events/${id}`);
  await page.getByLabel('Summary', { exact: true }).fill(summary);
  await page.getByLabel('Note for readers').fill(note);
  await page.getByLabel('This change corrects an error').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\?saved=1$/);
}
