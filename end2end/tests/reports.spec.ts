import { expect, test } from '@playwright/test';

// A reader reports an error in Korean, without an account: the form folded under the event,
// a plain post (so the same with JavaScript on and off), and the status page it leads to.

test('a reader reports an error in Korean and gets a reference', async ({ page }) => {
  await page.goto('/ko/events/1');
  await expect(page).toHaveURL(/\/ko\/events\/1-/);
  const report = page.locator('details.report');
  await report.locator('summary', { hasText: '오류 신고' }).click();
  await page.getByLabel('잘못된 내용 (필수)').fill('날짜가 잘못되었습니다. 1965년이 맞습니다.');
  await page.getByLabel('출처 (선택)').fill('https://example.org/출처');
  // A person takes a few seconds to write a report; the server asks for at least three.
  await page.waitForTimeout(3_500);
  await page.getByRole('button', { name: '신고 보내기' }).click();
  await expect(page).toHaveURL(/\/ko\/reports\/R-\d{4}-[0-9A-Z]{8}$/);
  const reference = page.url().split('/').pop() ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`신고 ${reference}`);
  await expect(page.getByText('아직 답변하지 않았습니다.', { exact: false })).toBeVisible();
  // What the reader wrote is the editors' alone: the status page never shows it.
  await expect(page.getByText('1965년이 맞습니다')).toHaveCount(0);
});

test('a report without what is wrong comes back in Korean with the rest kept', async ({ page }) => {
  await page.goto('/ko/events/1');
  await page.locator('details.report summary').click();
  await page.getByLabel('이메일 주소 (선택)').fill('독자@예시');
  await page.waitForTimeout(3_500);
  await page.getByRole('button', { name: '신고 보내기' }).click();
  await expect(page).toHaveURL(/\/ko\/events\/1-.*\/report$/);
  await expect(page.getByText('잘못된 내용을 적어 주세요.')).toBeVisible();
  await expect(page.getByText('이메일 주소 형식이 아닙니다', { exact: false })).toBeVisible();
  await expect(page.getByLabel('이메일 주소 (선택)')).toHaveValue('독자@예시');
});
