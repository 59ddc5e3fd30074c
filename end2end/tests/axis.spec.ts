import { expect, test, type Locator, type Page } from '@playwright/test';
import { ready } from './ready';

const chart = (page: Page) => page.locator('.axis__chart');
const move = (page: Page, step: string) => page.locator(`.axis a[data-move="${step}"]`);
const years = (page: Page) =>
  page.locator('.year__label').evaluateAll((labels) => labels.map((label) => Number(label.textContent)));

/** The middle of column `i` of an axis with `n` columns, in page coordinates. */
async function columnCentre(page: Page, i: number, n: number) {
  await chart(page).scrollIntoViewIfNeeded();
  const box = (await chart(page).boundingBox())!;
  return { x: box.x + ((i + 0.5) * box.width) / n, y: box.y + box.height / 2 };
}

async function dragAcross(page: Page, target: Locator, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, to.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

test('links alone go from the whole timeline to a week of 2019 and back', async ({ page }) => {
  await page.goto('/');
  await move(page, 'in').click();
  await expect(page).toHaveURL(/\/\?from=1950&to=1999$/);
  await move(page, 'later').click();
  await expect(page).toHaveURL(/\?from=2000&to=2049$/);
  await move(page, 'in').click();
  await expect(page).toHaveURL(/\?from=2010&to=2019$/);
  await page.locator('.axis__chart a[href="/?from=2019&to=2019"]').click();
  await expect(page.locator('.axis')).toHaveAttribute('data-unit', 'month');
  await page.locator('.axis__chart a[href="/?from=2019-11&to=2019-11"]').click();
  await expect(page.locator('.axis')).toHaveAttribute('data-unit', 'day');
  await move(page, 'in').click();
  await expect(page).toHaveURL(/\?from=2019-11-11&to=2019-11-17$/);
  await move(page, 'later').click();
  await expect(page).toHaveURL(/\?from=2019-11-18&to=2019-11-24$/);
  // 22 November 2019: the GSOMIA decision, listed under its year.
  await expect(page.getByRole('heading', { level: 2, name: '2019' })).toBeVisible();
  await expect(page.locator('li.event time[datetime="2019-11-22"]').first()).toBeVisible();
  await move(page, 'out').click();
  await expect(page).toHaveURL(/\?from=2019-11&to=2019-11$/);
  // Back walks the steps.
  await page.goBack();
  await expect(page).toHaveURL(/\?from=2019-11-18&to=2019-11-24$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?from=2019-11-11&to=2019-11-17$/);
});

test('dragging across the axis shows the stretch chosen @js', async ({ page }) => {
  await page.goto('/?category=trade&from=2010&to=2019');
  await ready(page);
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await dragAcross(page, chart(page), await columnCentre(page, 2, 10), await columnCentre(page, 5, 10));
  await expect(page).toHaveURL(/\/\?category=trade&from=2012&to=2015$/);
  await expect(page.locator('.axis')).toHaveAttribute('data-start', '2012-01-01');
  for (const year of await years(page)) expect(year).toBeGreaterThanOrEqual(2012);
  await expect(page.locator('li.event:not(.cat-trade)')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
});

test('dragging the scale moves earlier or later @js', async ({ page }) => {
  await page.goto('/?from=2010&to=2019');
  await ready(page);
  await page.locator('.axis__scale').scrollIntoViewIfNeeded();
  const scale = (await page.locator('.axis__scale').boundingBox())!;
  const y = scale.y + scale.height / 2;
  const column = scale.width / 10;
  // Dragging the scale three columns to the left brings three later years into view.
  await dragAcross(page, page.locator('.axis__scale'), { x: scale.x + 6.5 * column, y }, { x: scale.x + 3.5 * column, y });
  await expect(page).toHaveURL(/\?from=2013&to=2022$/);
});

test('the wheel zooms around the pointer @js', async ({ page }) => {
  await page.goto('/?from=2010&to=2019');
  await ready(page);
  const { x, y } = await columnCentre(page, 9, 10);
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, -200);
  await expect(page).toHaveURL(/\?from=2019&to=2019$/);
  await expect(page.locator('.axis')).toHaveAttribute('data-unit', 'month');
  await page.mouse.move(x, y + 1);
  await page.mouse.wheel(0, 200);
  await expect(page).toHaveURL(/\?from=2010&to=2019$/);
});

test('arrow keys choose and move a stretch, and Enter shows it @js', async ({ page }) => {
  await page.goto('/?from=2010&to=2019');
  await ready(page);
  const first = page.locator('.axis__chart a').first();
  const i = Number(await first.getAttribute('data-i'));
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.axis__chart a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('.axis__chosen')).toHaveCount(1);
  await expect(page.locator('.announcer')).toHaveText(`${2010 + i} – ${2012 + i}`);
  // Without Shift the stretch moves, one column at a time.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.announcer')).toHaveText(`${2011 + i} – ${2013 + i}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?from=${2011 + i}&to=${2013 + i}$`));
  await expect(page.locator('.axis__chart a').first()).toBeFocused();
  await page.keyboard.press('-');
  await expect(page).toHaveURL(/\?from=2010&to=2019$/);
});

test('a mark and its cards light each other, and the axis shows the part of the list in sight @js', async ({ page }) => {
  await page.goto('/?from=2019&to=2019');
  await ready(page);
  const card = page.locator('li.event:has(time[datetime^="2019-"])').first();
  await card.scrollIntoViewIfNeeded();
  await expect(page.locator('.axis__seen')).toHaveCount(1);
  const month = Number((await card.locator('time').first().getAttribute('datetime'))!.slice(5, 7));
  const mark = page.locator(`.axis__chart a[data-i="${month - 1}"]`);
  await card.hover();
  await expect(mark).toHaveClass(/is-lit/);
  await page.mouse.move(0, 0);
  await expect(mark).not.toHaveClass(/is-lit/);
  // Focus lights as hovering does (a lone event's mark is a dot, which has no box to hover).
  await mark.focus();
  await expect(card).toHaveClass(/is-lit/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the filters fold under what is chosen, and the axis comes first', async ({ page }) => {
    await page.goto('/?category=trade&from=2019');
    const trade = page.getByRole('checkbox', { name: 'Trade', exact: true });
    await expect(trade).toBeHidden();
    await expect(page.locator('.filters__more summary')).toContainText('Trade · 2019–');
    // The axis and the first event are on the first screen.
    const axis = (await page.locator('.axis').boundingBox())!;
    expect(axis.y + axis.height).toBeLessThan(844);
    await page.locator('.filters__more summary').tap();
    await expect(trade).toBeVisible();
    await expect(trade).toBeChecked();
  });

  test('a tap on the axis opens a column, and a swipe across it chooses a stretch @js', async ({ page }) => {
    await page.goto('/?from=2010&to=2019');
    await ready(page);
    await page.locator('.axis__chart a[href="/?from=2019&to=2019"]').tap();
    await expect(page).toHaveURL(/\?from=2019&to=2019$/);
    const from = await columnCentre(page, 2, 12);
    const to = await columnCentre(page, 4, 12);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: string, x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    await touch('touchStart', from.x, from.y);
    for (let k = 1; k <= 5; k++) await touch('touchMove', from.x + ((to.x - from.x) * k) / 5, from.y);
    await touch('touchEnd', to.x, to.y);
    await expect(page).toHaveURL(/\?from=2019-03&to=2019-05$/);
  });

  test('pinching the axis zooms in around the fingers, and out @js', async ({ page }) => {
    await page.goto('/?from=2010&to=2019');
    await ready(page);
    const cdp = await page.context().newCDPSession(page);
    const pinch = async (from: number, to: number, around: { x: number; y: number }) => {
      const at = (spread: number) => [
        { x: around.x - spread, y: around.y, id: 0 },
        { x: around.x + spread, y: around.y, id: 1 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) });
      for (let k = 1; k <= 5; k++) {
        const spread = from + ((to - from) * k) / 5;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(spread) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    // Fingers spread over 2016 open that year.
    await pinch(8, 40, await columnCentre(page, 6, 10));
    await expect(page).toHaveURL(/\?from=2016&to=2016$/);
    await pinch(40, 8, await columnCentre(page, 6, 12));
    await expect(page).toHaveURL(/\?from=2010&to=2019$/);
  });
});
