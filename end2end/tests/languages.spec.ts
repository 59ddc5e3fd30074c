import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ready } from './ready';

// The site in Korean and Japanese: the switcher keeps the reader's view, search works in
// each language, and the interface has no English left outside texts marked as English.

test('switching language on a filtered view lands on the same view', async ({ page }) => {
  await page.goto('/?category=diplomacy&page=2');
  await page.getByRole('link', { name: '한국어', exact: true }).click();
  await expect(page).toHaveURL(/\/ko\/\?category=diplomacy&page=2$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('checkbox', { name: '외교', exact: true })).toBeChecked();
  await expect(page.locator('.pager__where')).toHaveText(/^2 \/ \d+페이지$/);

  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page).toHaveURL(/\/ja\/\?category=diplomacy&page=2$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('checkbox', { name: '外交', exact: true })).toBeChecked();
});

test('switching language on an event page lands on the same event', async ({ page }) => {
  await page.goto('/?from=2019-07-01&to=2019-07-01');
  await page.locator('li.event h3 a').first().click();
  await expect(page).toHaveURL(/\/events\/\d+-/);
  const path = new URL(page.url()).pathname;
  const english = await page.locator('h1').textContent();
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ja${path}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The same event, in its Japanese words.
  await expect(page.locator('h1')).toHaveText(/[\u3040-\u30ff\u4e00-\u9fff]/);
  await expect(page.locator('h1')).not.toHaveText(english!);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

for (const [lang, label, word] of [
  ['ko', '검색', '수출'],
  ['ja', '検索', '輸出'],
] as const) {
  test(`a ${lang} reader searches in ${lang} and sees the words marked`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await page.getByRole('searchbox', { name: label }).fill(word);
    await page.getByRole('searchbox', { name: label }).press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/\\?q=`));
    await expect(page.locator('mark').first()).toHaveText(word);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  });
}

// Every interface message of the English catalogue that is plain English text (no
// arguments; not the other languages' own names).
/** A catalogue's one-line messages without arguments, by id. */
const messages = (lang: string) =>
  new Map(
    readFileSync(`../locales/${lang}/site.ftl`, 'utf8')
      .split('\n')
      .map((line) => /^([a-z][a-zA-Z0-9-]*) = ([^{]+)$/.exec(line))
      .filter((found) => found !== null)
      .map((found) => [found[1], found[2].trim()] as const),
  );

/** The English interface's words that another language must put in its own: not the names
 * every language writes alike (JSON, TimelineJS). */
const englishMessages = (lang: string) => {
  const own = messages(lang);
  return [...messages('en')]
    .filter(([id, text]) => own.get(id) !== text)
    .map(([, text]) => text)
    .filter((text) => text.length >= 4 && /^[\x20-\x7e–…←→“”’]+$/.test(text));
};

/** The page's visible text outside elements marked as another language, and outside the
 * sources' publishers and headlines, which keep the language they were published in. */
const ownText = (page: Page) =>
  page.evaluate(() => {
    const lang = document.documentElement.lang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      // Code to copy (the embed's HTML) is not interface words.
      if (element.closest('script, style, textarea, code, .event__sources, .sources')) continue;
      if (element.closest('[lang]')?.getAttribute('lang') !== lang) continue;
      texts.push(node.textContent ?? '');
    }
    return texts.join(' ');
  });

for (const lang of ['ko', 'ja']) {
  test(`a ${lang} page has no English interface words`, async ({ page }) => {
    const english = englishMessages(lang);
    expect(english.length).toBeGreaterThan(40);
    for (const path of [`/${lang}/?category=trade`, `/${lang}/on-this-day?date=08-15`]) {
      await page.goto(path);
      const text = await ownText(page);
      expect(text.length).toBeGreaterThan(200);
      for (const message of english) {
        // As a whole word or phrase: "Timeline" is a message, "TimelineJS" a name.
        const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const alone = new RegExp(`(?<![A-Za-z])${escaped}(?![A-Za-z])`);
        expect(text, `${path}: "${message}"`).not.toMatch(alone);
      }
    }
  });
}

test.describe('a reader whose browser prefers Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('is offered the page in Korean, not sent there @js', async ({ page }) => {
    await page.goto('/?category=trade');
    await ready(page);
    await expect(page).toHaveURL(/\/\?category=trade$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.locator('#language-offer a');
    await expect(offer).toHaveText('이 페이지를 한국어로 보기');
    await offer.click();
    await expect(page).toHaveURL(/\/ko\/\?category=trade$/);
    // On the Korean page nothing more is offered.
    await ready(page);
    await expect(page.locator('#language-offer')).toHaveCount(0);
  });
});

test('a failed request is explained in the language of its page', async ({ page }) => {
  for (const [path, heading, back] of [
    ['/ko/feed.atom?category=nothing', '잘못된 요청입니다', '연표로 가기'],
    ['/ja/events/999999/cite.ris', '見つかりません', '年表へ'],
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(path.endsWith('.ris') ? 404 : 400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // No English sentence on a Korean or Japanese fault page.
    await expect(page.getByRole('alert').locator('[lang="en"]')).toHaveCount(0);
    const way = page.getByRole('alert').getByRole('link', { name: back, exact: true });
    await expect(way).toHaveAttribute('href', path.slice(0, 4));
  }
});
