import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import { hostPage, serveHost, type HostFiles } from './host';

// Embeds in another site's page: the host is a page of another origin (served by the test
// itself), holding the code that the site's Embed control gives to copy.

/** The embed code the Embed control of the site's page at `path` gives to copy. */
async function embedCode(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return page.locator('#embed-code').inputValue();
}

let closeHost: (() => Promise<void>) | undefined;
test.afterEach(async () => {
  await closeHost?.();
  closeHost = undefined;
});

/** Serves `body` as another site's page at `/article`, with `files` beside it, and opens it. */
async function openHost(page: Page, body: string, files: HostFiles = {}) {
  const host = await serveHost({ '/article': hostPage(body), ...files });
  closeHost = host.close;
  await page.goto(`${host.origin}/article`);
}

test('an embed in another site takes its own height @js', async ({ page }) => {
  const code = await embedCode(page, '/ko/?category=trade');
  await openHost(page, code);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.year').first()).toBeVisible();
  // The snippet's first height is replaced by the embed's own, as it reports it.
  const iframe = page.locator('iframe');
  const reported = await frame.locator('body').evaluate((body) =>
    Math.ceil(body.getBoundingClientRect().height),
  );
  await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBe(reported);
  expect(reported).toBeGreaterThan(640);
});

test('an embed in a tab shown later lays itself out and reports its height @js', async ({ page }) => {
  const code = await embedCode(page, '/ja/?category=trade');
  await openHost(
    page,
    `<button type="button" onclick="document.getElementById('tab').hidden=false">Timeline</button>
     <div id="tab" hidden>${code}</div>`,
  );
  const iframe = page.locator('iframe');
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(iframe).toBeVisible();
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.axis__chart')).toBeVisible();
  const chartWidth = await frame.locator('.axis__chart').evaluate((c) => c.getBoundingClientRect().width);
  expect(chartWidth).toBeGreaterThan(200);
  await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBeGreaterThan(640);
});

test("an embed's links open the site at the top level", async ({ page, baseURL }) => {
  const code = await embedCode(page, '/?category=trade');
  await openHost(page, code);
  const frame = page.frameLocator('iframe');
  const first = frame.locator('li.event .event__title a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(`${baseURL}${href}`);
});

test('a message from another frame or origin does not resize an embed @js', async ({ page }) => {
  const code = await embedCode(page, '/');
  await openHost(page, code);
  const iframe = page.locator('iframe');
  await expect.poll(() => iframe.evaluate((f) => f.clientHeight)).toBeGreaterThan(640);
  const before = await iframe.evaluate((f) => f.clientHeight);
  // The host page itself, of another origin than the site, claims a height.
  await page.evaluate(() => window.postMessage({ type: 'kjt:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  expect(await iframe.evaluate((f) => f.clientHeight)).toBe(before);
});

test("Knight Lab's TimelineJS shows a view's export with its Korean titles @js", async ({ page, baseURL }) => {
  // Its published script and stylesheet, from the copy npm installed.
  const script = createRequire(`${process.cwd()}/`).resolve('@knight-lab/timelinejs/dist/js/timeline.js');
  const source = `${baseURL}/api/timelinejs.json?category=trade&lang=ko`;
  await openHost(
    page,
    `<link rel="stylesheet" href="/timeline.css">
     <div id="timeline-embed" style="width: 100%; height: 600px"></div>
     <script src="/timeline.js"></script>
     <script>window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(source)});</script>`,
    {
      '/timeline.js': { file: script, type: 'text/javascript' },
      '/timeline.css': { file: script.replace('/js/timeline.js', '/css/timeline.css'), type: 'text/css' },
    },
  );
  const titles = (await (await page.request.get('/api/events?category=trade&lang=ko')).json()).events.map(
    (e: { title: string }) => e.title,
  );
  const headlines = page.locator('.tl-slide .tl-headline');
  await expect(headlines.first()).toBeAttached();
  const shown = await headlines.allTextContents();
  for (const title of titles) expect(shown).toContain(title);
});
