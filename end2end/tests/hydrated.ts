import type { Page } from '@playwright/test';

/** Waits until the page's code has taken over: the app then marks `<html data-hydrated>`. */
export const hydrated = (page: Page) =>
  page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
