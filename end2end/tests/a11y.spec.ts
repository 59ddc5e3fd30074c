import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './editor';
import { hostPage, serveHost } from './host';
import { importFile } from './importing';
import { ready } from './ready';

// Accessibility as a gate: every reader's and editor's page, in light and dark, and after
// moving in place, has no violation of the WCAG 2.0–2.2 A and AA rules or of axe's best
// practices. axe runs in the page, so these need JavaScript.

const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(RULES).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const READERS_PAGES = [
  '/',
  '/?category=trade&from=2019',
  '/?q=GSOMIA',
  '/?from=2019-11&to=2019-11',
  '/ja/?from=2010&to=2019',
  '/?from=2019-13-45',
  '/events/999999',
  '/on-this-day?date=08-15',
  '/ko/?category=trade',
  '/ja/on-this-day?date=08-15',
  '/ko/events/999999',
  // Embeds, on their own; inside another site's page below.
  '/embed?h=1',
  '/ko/embed?h=1&category=trade',
  '/ja/embed/events/999999?h=1',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`readers' pages have no accessibility violations, ${scheme} @js`, async ({ page }) => {
    // A dozen pages in three languages, each checked in full.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const event = await page.request.get('/events/1', { maxRedirects: 0 });
    const eventPath = event.headers()['location'];
    for (const path of [...READERS_PAGES, eventPath, `/ja${eventPath}`]) {
      await page.goto(path);
      await ready(page);
      expect(await violations(page), path).toEqual([]);
    }
  });

  test(`an embed in another site's page has no accessibility violations, ${scheme} @js`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/ko/?category=trade', '/ja/events/1']) {
      await page.goto(path);
      const code = await page.locator('#embed-code').inputValue();
      const host = await serveHost({ '/article': hostPage(code) });
      await page.goto(`${host.origin}/article`);
      await page.frameLocator('iframe').locator('html[data-ready]').waitFor({ state: 'attached' });
      expect(await violations(page), path).toEqual([]);
      await host.close();
    }
  });

  test(`editors' pages have no accessibility violations, ${scheme} @js`, async ({ page }) => {
    // Ten pages, each checked in full.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/login');
    expect(await violations(page), '/login').toEqual([]);
    await signIn(page);
    await expect(page).toHaveURL(/\/admin$/);
    const pages = ['/admin', '/admin/audit', '/admin/events/new', '/admin/events/1'];
    const more = ['/ko/admin?translations=missing', '/ja/admin/events/1', '/ko/admin/import'];
    for (const path of [...pages, ...more]) {
      await page.goto(path);
      await ready(page);
      expect(await violations(page), path).toEqual([]);
    }
    // An import's preview, with a refused row and its reasons, in Japanese.
    await page.goto('/ja/admin/import');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'events.csv',
      mimeType: 'text/csv',
      buffer: importFile(`Checked ${Date.now()}`, true),
    });
    await page.locator('form.import-form button').click();
    await expect(page).toHaveURL(/\/ja\/admin\/import\/[\w-]+$/);
    await ready(page);
    expect(await violations(page), 'an import\'s preview').toEqual([]);
  });
}

test('pages stay accessible after moving and filtering in place @js', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByRole('checkbox', { name: 'Trade', exact: true }).check();
  await expect(page).toHaveURL(/\?category=trade$/);
  expect(await violations(page), 'after filtering').toEqual([]);
  await page.locator('li.event a').first().click();
  await expect(page).toHaveURL(/\/events\/\d+-/);
  expect(await violations(page), 'after opening an event').toEqual([]);
});
