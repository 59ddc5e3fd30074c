import type { Page } from '@playwright/test';

/** Waits until the page's scripts have taken over: they then mark `<html data-ready>`. */
export const ready = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });
