import { defineConfig } from '@playwright/test';
import { EDITOR } from './tests/editor';

// The end-to-end tests drive the release build (`make build`) in Debian's Chromium,
// every test twice: with JavaScript on, and off (proving links and forms work before
// and without scripts). Tests that only make sense with JavaScript carry "@js".
const port = process.env.E2E_PORT ?? '3100';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL,
    // A desktop screen tall enough to show the filters open; on shorter ones (the first-screen
    // tests at 1280×720) and on phones they fold under a summary.
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true } },
    { name: 'no-javascript', use: { javaScriptEnabled: false }, grepInvert: /@js/ },
  ],
  webServer: {
    // A fresh database for every run, created, migrated and seeded by the server itself,
    // with one editor account made the way an operator makes it.
    command:
      'rm -rf target/end2end && ' +
      `printf '%s\\n%s\\n' '${EDITOR.password}' '${EDITOR.password}' | ` +
      `./target/release/korea-japan-timeline admin create ${EDITOR.username} && ` +
      './target/release/korea-japan-timeline',
    cwd: '..',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      DATABASE_URL: 'sqlite://target/end2end/timeline.db',
      LEPTOS_SITE_ROOT: 'target/site',
      RUST_LOG: 'warn',
    },
  },
});
