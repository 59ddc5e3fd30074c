import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { signIn } from './editor';

// Files for the import's tests: a CSV in the columns of the export (see README).

const COLUMNS =
  'id,url,start,start_circa,end,end_circa,category,actors,title_en,summary_en,body_en,' +
  'title_ko,summary_ko,body_ko,title_ja,summary_ja,body_ja,sources,related,positions,version';

/** A CSV in the export's columns: a new event titled `title`, and, if `bad`, a row without
 * a title. */
export function importFile(title: string, bad = false): Buffer {
  const sources = JSON.stringify([
    { publisher: 'Kyodo News', headline: 'Ministers meet', url: 'https://english.kyodonews.net/' },
  ]).replaceAll('"', '""');
  const row = (t: string) =>
    `,,2024-05-01,,,,diplomacy,KR JP,${t},Ministers meet in Seoul.,,,,,,,,"${sources}",,,`;
  const rows = [COLUMNS, row(title), ...(bad ? [row('')] : [])];
  return Buffer.from(rows.join('\r\n') + '\r\n', 'utf-8');
}

/** Signs in at the import page and chooses `file`. */
export async function chooseFile(page: Page, file: Buffer) {
  await page.goto('/admin/import');
  await expect(page).toHaveURL(/\/login\?next=/);
  await signIn(page);
  await expect(page).toHaveURL(/\/admin\/import$/);
  await page.getByLabel('File (CSV or JSON)').setInputFiles({
    name: 'events.csv',
    mimeType: 'text/csv',
    buffer: file,
  });
}

