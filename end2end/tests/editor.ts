import type { Page } from '@playwright/test';

/** The editor account the test server is started with (see playwright.config.ts). */
export const EDITOR = { username: 'e2e-editor', password: 'end-to-end passphrase' };

/** Fills in and sends the sign-in form the page shows. */
export async function signIn(page: Page, password = EDITOR.password) {
  await page.getByLabel('Username').fill(EDITOR.username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
