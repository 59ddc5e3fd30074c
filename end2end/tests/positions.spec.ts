import { expect, test, type APIRequestContext } from '@playwright/test';

// Each side's position in its own words: found through the timeline's disputed filter and mark,
// shown side by side on the event's page in each language's order, with and without JavaScript.

type Listed = { id: number; positions: { holder: { actor: string; court?: string } }[] };

/** A disputed event where both governments state a position. */
async function bothGovernments(request: APIRequestContext): Promise<number> {
  const { events } = (await (await request.get('/api/events?disputed=1')).json()) as {
    events: Listed[];
  };
  const governments = (e: Listed) =>
    e.positions.filter((p) => !p.holder.court).map((p) => p.holder.actor);
  const found = events.find((e) => ['KR', 'JP'].every((a) => governments(e).includes(a)));
  expect(found, 'a disputed event with both governments on the first page').toBeDefined();
  return found!.id;
}

test('the disputed filter keeps marked events, and a mark leads to the positions', async ({
  page,
}) => {
  await page.goto('/ko/');
  await page.getByRole('checkbox', { name: '양측 입장이 엇갈리는 사건만' }).check();
  await page.getByRole('button', { name: '필터 적용' }).click();
  await expect(page).toHaveURL(/[?&]disputed=1/);
  const events = page.locator('li.event');
  await expect(events.first()).toBeVisible();
  await expect(events.filter({ hasNot: page.locator('.disputed') })).toHaveCount(0);

  await events.first().locator('.disputed a').click();
  await expect(page).toHaveURL(/\/ko\/events\/\d+-[^#]*#positions$/);
  expect(await page.locator('#positions article.position').count()).toBeGreaterThanOrEqual(2);
});

test('Korean pages put Korea first, Japanese pages Japan, each translation marked', async ({
  page,
}) => {
  const id = await bothGovernments(page.request);
  const positions = page.locator('#positions article.position');
  const quotedIn = (lang: string) =>
    positions.filter({ has: page.locator(`blockquote[lang="${lang}"]`) }).first();

  await page.goto(`/ko/events/${id}`);
  await expect(positions.first().locator('h3')).toHaveText(/^한국/);
  await expect(quotedIn('ja').getByText('비공식 번역')).toBeVisible();
  await expect(quotedIn('ko').getByText('비공식 번역')).toHaveCount(0);

  await page.goto(`/ja/events/${id}`);
  await expect(positions.first().locator('h3')).toHaveText(/^日本/);
  await expect(quotedIn('ko').getByText('非公式訳')).toBeVisible();
  await expect(quotedIn('ja').getByText('非公式訳')).toHaveCount(0);
});
