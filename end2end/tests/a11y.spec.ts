import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { correct } from './correcting';
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
  // The register of contested terms, in each language.
  '/terms',
  '/ko/terms',
  '/ja/terms',
  // The corrections log, in each language.
  '/corrections',
  '/ko/corrections',
  '/ja/corrections',
  // Embeds, on their own; inside another site's page below.
  '/embed?h=1',
  '/ko/embed?h=1&category=trade',
  '/ja/embed/events/999999?h=1',
  // Failed requests as the fault layer writes them out: a bad filter, a missing event.
  '/ko/feed.atom?category=nothing',
  '/ja/events/999999/cite.ris',
  '/events/999999/cite.bib',
];

for (const scheme of ['light', 'dark'] as const) {
  test(`readers' pages have no accessibility violations, ${scheme} @js`, async ({ page }) => {
    // Every kind of reader's page in three languages, each checked in full.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const event = await page.request.get('/events/1', { maxRedirects: 0 });
    const eventPath = event.headers()['location'];
    // An event's page, its history and its first revision, in three languages.
    const eventPages = [eventPath, `/ja${eventPath}`, `${eventPath}/history`];
    eventPages.push(`/ko${eventPath}/history`, `/ja${eventPath}/v/1`, `${eventPath}/v/1`);
    // An event with positions side by side, and the timeline's disputed marks.
    const { events } = await (await page.request.get('/api/events?disputed=1')).json();
    eventPages.push('/?disputed=1', `/ko/events/${events[0].id}`);
    // The page of the form to report an error, in three languages.
    eventPages.push(`${eventPath}/report`, `/ko${eventPath}/report`, `/ja${eventPath}/report`);
    // An event an editor has corrected, with its note, and the log listing it.
    const trade = (await (await page.request.get('/api/events?category=trade')).json()).events;
    const corrected = trade[scheme === 'light' ? 4 : 5];
    await page.goto('/login');
    await signIn(page);
    await correct(page, corrected.id, `${corrected.summary} (${scheme})`, `Checked (${scheme}).`);
    eventPages.push(`/events/${corrected.id}`, `/ja/events/${corrected.id}`, '/ko/corrections');
    for (const path of [...READERS_PAGES, ...eventPages]) {
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

  test(`a report's pages have no accessibility violations, ${scheme} @js`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/ko/events/1');
    await page.locator('details.report summary').click();
    expect(await violations(page), 'the open report form').toEqual([]);
    // Sent empty, after the wait the server asks for: the form again, with its problems.
    await page.waitForTimeout(3_500);
    await page.locator('.report-form button[type=submit]').click();
    await expect(page).toHaveURL(/\/report$/);
    expect(await violations(page), 'a refused report').toEqual([]);
    await page.getByLabel('잘못된 내용 (필수)').fill(`접근성 검사 (${scheme})`);
    await page.waitForTimeout(3_500);
    await page.locator('.report-form button[type=submit]').click();
    await expect(page).toHaveURL(/\/reports\/R-/);
    const status = new URL(page.url()).pathname.replace(/^\/ko/, '');
    for (const path of [status, `/ko${status}`, `/ja${status}`]) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
    await page.goto('/login');
    await signIn(page);
    await expect(page).toHaveURL(/\/admin$/);
    const reference = status.split('/').pop();
    for (const path of ['/admin/reports', `/ko/admin/reports/${reference}`, '/ja/admin/reports?state=any']) {
      await page.goto(path);
      expect(await violations(page), path).toEqual([]);
    }
  });

  test(`editors' pages have no accessibility violations, ${scheme} @js`, async ({ page }) => {
    // Eleven pages and two previews, each checked in full.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/login');
    expect(await violations(page), '/login').toEqual([]);
    await signIn(page);
    await expect(page).toHaveURL(/\/admin$/);
    const pages = ['/admin', '/admin/audit', '/admin/events/new', '/admin/events/1'];
    pages.push('/admin/events/1/revisions', '/admin/reports');
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
    // The event form's preview of an event with positions, in Korean, and of another.
    const { events } = await (await page.request.get('/api/events?disputed=1')).json();
    for (const [path, button, heading] of [
      [`/ko/admin/events/${events[0].id}`, '미리 보기', '미리 보기: 저장되지 않음'],
      ['/admin/events/1', 'Preview', 'Preview: not saved'],
    ]) {
      await page.goto(path);
      await ready(page);
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('region', { name: heading })).toBeVisible();
      await ready(page);
      expect(await violations(page), `${path}: its preview`).toEqual([]);
    }
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
