// Takes the README's pictures of the time axis at three zoom levels from a running server:
//   cd end2end && BASE=http://127.0.0.1:3000 node ../docs/axis-screenshots.mjs
import { createRequire } from 'node:module';

// Playwright is installed for the end-to-end tests: load it from the working directory.
const { chromium } = createRequire(`${process.cwd()}/`)('@playwright/test');

const base = process.env.BASE ?? 'http://127.0.0.1:3000';
const views = {
  'axis-decades.png': '/',
  'axis-months.png': '/?from=2019&to=2019',
  'axis-days.png': '/?from=2019-11&to=2019-11',
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 760, height: 900 }, colorScheme: 'light' });
for (const [file, path] of Object.entries(views)) {
  await page.goto(base + path);
  await page.locator('.axis').screenshot({ path: new URL(file, import.meta.url).pathname });
}
await browser.close();
