// What a first visit to the timeline (/, /ko/, /ja/) and to its embed transfers (compressed, as sent), per kind
// of file, measured in headless Chromium with an empty cache. Run from end2end/ (for its
// Playwright) with BASE set.
import { createRequire } from 'node:module';

// Playwright is installed for the end-to-end tests: load it from the working directory.
const { chromium } = createRequire(`${process.cwd()}/`)('@playwright/test');

const base = process.env.BASE ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log('First visit to the timeline (bytes on the wire, headers included, KB):');
console.log('');
console.log('| page | HTML | CSS | JS | wasm | other | total |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
// The timeline in each language, and an embed of it (a frame's first load).
for (const path of ['/', '/ko/', '/ja/', '/embed', '/ko/embed', '/ja/embed']) {
  // A new context each time: an empty cache, as a first visit has.
  const context = await browser.newContext();
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });

  const kinds = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  for (const request of finished) {
    const sizes = await request.sizes();
    const response = await request.response();
    const type = (await response?.headerValue('content-type')) ?? '';
    const kind = type.includes('html') ? 'html'
      : type.includes('css') ? 'css'
      : type.includes('javascript') ? 'js'
      : type.includes('wasm') ? 'wasm'
      : 'other';
    kinds[kind] += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  await context.close();
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  console.log(`| \`${path}\` | ${kb(kinds.html)} | ${kb(kinds.css)} | ${kb(kinds.js)} | ${kb(kinds.wasm)} | ${kb(kinds.other)} | ${kb(total)} |`);
}
await browser.close();
