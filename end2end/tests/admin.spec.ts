import { expect, test, type Page } from '@playwright/test';
import { EDITOR, signIn } from './editor';
import { ready } from './ready';

// The message a save, retire or restore leaves at the top of the form (the form has other,
// usually empty, live regions).
const outcome = (page: Page) => page.locator('.form-saved[role="status"]');


test('an editor signs in, finds the admin and the audit trail, and signs out', async ({ page }) => {
  await page.goto('/admin');
  // Without a session the admin sends the browser to sign in, and back afterwards.
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin$/);
  await signIn(page);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Nippon Steel/ }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Signed in' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?next=/);
});

test('a wrong password is refused with one message and the username kept', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'not the password at all');
  await expect(page.getByRole('alert')).toHaveText('The username or password is not right.');
  await expect(page.getByLabel('Username')).toHaveValue(EDITOR.username);
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('the sign-in page runs its script under the content security policy @js', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/login');
  await ready(page);
  await page.waitForLoadState('networkidle');
  expect(errors).toEqual([]);
});

test('an editor creates, edits, retires and restores an event', async ({ page }, testInfo) => {
  // Both projects run at once against one server, and a test may be repeated: each run
  // writes its own event.
  const title = `Editor test talks ${testInfo.project.name} ${testInfo.repeatEachIndex}`;
  await page.goto('/login?next=%2Fadmin%2Fevents%2Fnew');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('Delegations met so that the editor could be tested.');
  await page.getByLabel('Start date').fill('2024-05-27');
  await page.getByLabel('Category').selectOption('diplomacy');
  await page.getByLabel('South Korea', { exact: true }).check();
  await page.getByLabel('Japan', { exact: true }).check();
  await page.getByLabel('Publisher').fill('Yonhap');
  await page.getByLabel('Headline').fill('Leaders meet in Seoul');
  await page.getByLabel('Link (optional)').fill('https://en.yna.co.kr/');
  // Its Korean words, in the same form; the Japanese left for later.
  const korean = `편집기 시험 회담 ${testInfo.project.name} ${testInfo.repeatEachIndex}`;
  await page.getByLabel('Title (Korean)').fill(korean);
  await page.getByLabel('Summary (Korean)').fill('편집기를 시험하기 위해 대표단이 만났다.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(outcome(page)).toHaveText('Saved.');
  const id = page.url().match(/\/admin\/events\/(\d+)/)![1];
  const editUrl = `/admin/events/${id}`;

  // Readers see it at once: on the timeline and at its permanent page.
  await page.goto('/?from=2024-05-27&to=2024-05-27');
  await expect(page.locator('.timeline').getByRole('link', { name: title })).toBeVisible();
  await page.locator('.timeline').getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Readers of Korean see its Korean title; readers of Japanese the English, marked.
  await page.goto('/ko/?from=2024-05-27&to=2024-05-27');
  await page.locator('.timeline').getByRole('link', { name: korean }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(korean);
  await page.getByRole('link', { name: '日本語', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.untranslated')).toContainText('まだ日本語に翻訳されていない');

  // An edit shows at once too.
  await page.goto(editUrl);
  await page.getByLabel('Title', { exact: true }).fill(`${title} revised`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(outcome(page)).toHaveText('Saved.');
  await page.getByRole('link', { name: 'Permanent page' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} revised`);
  const permalink = new URL(page.url()).pathname;

  // Retired, the event is gone for readers; restored, it is back.
  await page.goto(editUrl);
  await page.getByRole('button', { name: 'Retire' }).click();
  await expect(outcome(page)).toHaveText('Retired: readers no longer see this event.');
  const gone = await page.goto(permalink);
  expect(gone?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This event has been withdrawn');
  await page.goto(editUrl);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(outcome(page)).toHaveText('Restored: readers see this event again.');
  const back = await page.goto(permalink);
  expect(back?.status()).toBe(200);

  await page.goto('/admin/audit');
  await expect(page.getByRole('cell', { name: `Restored event ${id}` })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
});

test('a refused save names the field and keeps what was typed', async ({ page }) => {
  await page.goto('/login?next=%2Fadmin%2Fevents%2Fnew');
  await signIn(page);
  await page.getByLabel('Title', { exact: true }).fill('A title that is kept');
  await page.getByLabel('Start date').fill('2019-02-30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.locator('#start-error')).toHaveText('That day does not exist in that month.');
  await expect(page.locator('#summary-error')).toHaveText('This is required.');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('A title that is kept');
  await expect(page.getByLabel('Start date')).toHaveValue('2019-02-30');
});

test('fields are checked as they are typed @js', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/login?next=%2Fadmin%2Fevents%2Fnew');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  // Typing before the form's island has hydrated would go unchecked.
  await ready(page);
  const start = page.getByLabel('Start date');
  await start.fill('2019-02-30');
  await expect(page.locator('#start-error')).toHaveText('That day does not exist in that month.');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await start.fill('2019-02-28');
  await expect(page.locator('#start-error')).toHaveText('');
  await page.getByLabel('Title', { exact: true }).fill('x'.repeat(201));
  await expect(page.locator('#title-error')).toHaveText('At most 200 characters.');
  // A text too large to send is flagged before it is sent (and refused).
  await page.getByLabel('Body (optional)', { exact: true }).fill('가'.repeat(8000));
  await expect(page.getByText(/^Too large to send/)).toBeVisible();
  // The form hydrated cleanly, empty text areas and all.
  expect(errors).toEqual([]);
});

test('a Japanese editor is answered in Japanese as they type @js', async ({ page }) => {
  await page.goto('/ja/login?next=%2Fja%2Fadmin%2Fevents%2Fnew');
  await page.getByLabel('ユーザー名').fill(EDITOR.username);
  await page.getByLabel('パスワード').fill(EDITOR.password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page).toHaveURL(/\/ja\/admin\/events\/new$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('出来事の新規作成');
  await ready(page);
  // The island checks as it is typed, and words what is wrong in the page's language.
  await page.getByLabel('開始日').fill('2019-02-30');
  await expect(page.locator('#start-error')).toHaveText('その月にその日はありません。');
  await page.getByLabel('韓国語のタイトル').fill('가'.repeat(201));
  await expect(page.locator('#title_ko-error')).toHaveText('200文字以内で入力してください。');
});

test('the related-events picker finds an event by a Japanese word and saves the link @js', async ({
  page,
}) => {
  await page.goto('/login?next=%2Fadmin%2Fevents%2F2');
  await signIn(page);
  await ready(page);
  // On an event's form the parts are folded but for its English texts.
  await page.getByRole('heading', { level: 2, name: 'Related events' }).click();
  await page.getByLabel('Find an event to relate').fill('日韓基本条約');
  const treaty = page.getByRole('button', { name: /^Add: South Korea and Japan sign the Basic Relations Treaty/ });
  await expect(treaty).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /events? match/ })).toBeVisible();
  await treaty.click();
  await expect(treaty).toBeDisabled();
  const numbers = page.getByLabel('Related events (optional)', { exact: true });
  const chosen = await numbers.inputValue();
  expect(chosen.split(', ').length).toBeGreaterThan(1);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(outcome(page)).toHaveText('Saved.');

  // Saved, the form names each related event, and one click removes one.
  await expect(numbers).toHaveValue(chosen);
  await page.getByRole('heading', { level: 2, name: 'Related events' }).click();
  const remove = page.getByRole('button', { name: /^Remove South Korea and Japan sign the Basic Relations Treaty/ });
  await expect(remove).toBeVisible();
  await page.getByRole('link', { name: 'Permanent page' }).click();
  await expect(page.getByRole('link', { name: /South Korea and Japan sign the Basic Relations Treaty/ })).toBeVisible();
});

test('without the picker, related events are typed as numbers', async ({ page }, testInfo) => {
  // Each project edits an event of its own: both run at once against one server.
  const id = testInfo.project.name === 'javascript' ? 4 : 5;
  await page.goto(`/login?next=%2Fadmin%2Fevents%2F${id}`);
  await signIn(page);
  await page.getByRole('heading', { level: 2, name: 'Related events' }).click();
  const numbers = page.getByLabel('Related events (optional)', { exact: true });
  await numbers.fill(`${await numbers.inputValue()}, 1`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(outcome(page)).toHaveText('Saved.');
  await page.getByRole('link', { name: 'Permanent page' }).click();
  await expect(page.getByRole('link', { name: /Treaty of Ganghwa/ }).first()).toBeVisible();
});

test('an editor previews an edit in each language before saving anything', async ({ page }, testInfo) => {
  await page.goto('/login?next=%2Fadmin%2Fevents%2F1');
  await signIn(page);
  const before = await (await page.request.get('/api/events/1')).json();
  const title = `Previewed title ${testInfo.project.name} ${testInfo.repeatEachIndex}`;
  const korean = `미리 본 제목 ${testInfo.project.name} ${testInfo.repeatEachIndex}`;
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('heading', { level: 2, name: '한국어' }).click();
  await page.getByLabel('Title (Korean)').fill(korean);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();

  // The page as readers of each language would see it, above the form.
  const preview = page.getByRole('region', { name: 'Preview: not saved' });
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Preview: not saved');
  const part = (language: string) => preview.getByRole('region', { name: `The page in ${language}` });
  await expect(part('English').getByRole('heading', { level: 4 })).toHaveText(title);
  await expect(part('Korean').getByRole('heading', { level: 4 })).toHaveText(korean);
  await expect(part('Korean').getByRole('heading', { level: 5, name: '출처' })).toBeVisible();
  const japanese = await (await page.request.get('/api/events/1?lang=ja')).json();
  await expect(part('Japanese').getByRole('heading', { level: 4 })).toHaveText(japanese.title);
  await expect(part('Japanese').getByRole('heading', { level: 5, name: '出典' })).toBeVisible();

  // The form keeps what was typed; readers see nothing of it.
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Title (Korean)')).toHaveValue(korean);
  const after = await (await page.request.get('/api/events/1')).json();
  expect(after.title).toBe(before.title);
  const inKorean = await (await page.request.get('/api/events/1?lang=ko')).json();
  expect(inKorean.title).not.toBe(korean);
});
