import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { readFileSync } from 'node:fs';
import { planColumns, planCsv, sharedStringsBombXlsx, tenMegabyteAsks } from '../support/hostile-files';

/** A small hostile file kept under fixtures/hostile/. */
const fixture = (name: string) => new Uint8Array(readFileSync(`fixtures/hostile/${name}`));

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (name: string, bytes: Uint8Array, mimeType = xlsxType) => ({ name, mimeType, buffer: Buffer.from(bytes) });

const openImport = async (page: Page) => {
  await new OpportunitiesPage(page).open();
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
};
const choose = (page: Page, upload: ReturnType<typeof file>) =>
  page.getByLabel('Choose a spreadsheet').setInputFiles(upload);
const previewStatus = (page: Page) => page.getByRole('status').filter({ hasText: 'contacts ·' });

test('hostile files are refused or cut down in words; the tab survives, another tab keeps its form, nothing is written', async ({
  page,
  context,
}) => {
  test.slow();
  const crashes: string[] = [];
  page.on('crash', () => crashes.push('the import tab crashed'));

  // A second tab, opened from this one (so it shares its renderer: a crash would take it down too),
  // with a half-typed form.
  await new OpportunitiesPage(page).open();
  const [other] = await Promise.all([
    context.waitForEvent('page'),
    page.evaluate(() => window.open('/opportunities/new')),
  ]);
  await expect(other.getByRole('heading', { level: 1, name: 'New opportunity' })).toBeVisible();
  await other.getByLabel('Name').fill('Half-typed pursuit');

  await openImport(page);
  const alert = page.getByRole('alert');

  // A PDF renamed .xlsx: named as a PDF by its content.
  await choose(page, file('minutes.xlsx', fixture('pdf-named.xlsx')));
  await expect(alert).toContainText(
    'minutes.xlsx is a PDF, not a spreadsheet (its name ends in .xlsx, but its content is a PDF).',
  );

  // A 330 KB .xlsx whose shared text unpacks to 320 MB while its headers say 1 KB.
  await choose(page, file('bomb.xlsx', sharedStringsBombXlsx({ megabytes: 320, lies: true })));
  await expect(alert).toContainText(
    'bomb.xlsx is too large to import: it unpacks to more than 300 MB, most of it the text its cells share',
    { timeout: 20_000 },
  );
  await expect(page.getByText(/cannot be cloned|out of memory/i)).toHaveCount(0);

  // A 2 KB file with one cell at XFD1048576: its four contacts are read, the far cell is said to be left out.
  await choose(page, file('corner.xlsx', fixture('far-corner.xlsx')));
  await expect(previewStatus(page)).toContainText('4 contacts ·');
  await expect(page.getByRole('note')).toHaveText(
    '1 cell beyond column IV or row 500,000 was not read (at XFD1048576). Contacts are read from columns A to IV and rows 1 to 500,000; if that cell is part of the plan, move it nearer the rest and choose the file again.',
  );
  await page.getByRole('button', { name: 'Choose another file' }).click();

  // A 10 MB cell of 480,000 asks: 200 are read, and the preview says how many more were not.
  await choose(page, file('asks.csv', planCsv({ [planColumns.asks]: tenMegabyteAsks() }), 'text/csv'));
  const first = page.getByRole('listitem', { name: 'Contact from row 2' });
  await expect(first).toContainText('Only the first 200 asks and tells were read; 479,801 more were left out', {
    timeout: 20_000,
  });
  await expect(first.getByText(/^Ask: What is the budget\?/)).toHaveCount(200);
  await page.getByRole('button', { name: 'Choose another file' }).click();

  // The tab still answers, the other tab kept its form, and nothing was written.
  await expect(page.getByText('Choose a spreadsheet')).toBeVisible();
  await new OpportunitiesPage(page).open();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
  await expect(other.getByLabel('Name')).toHaveValue('Half-typed pursuit');
  expect(crashes).toEqual([]);
});

test('a 10,000-character name is flagged in the preview and holds Import back until that contact is left out', async ({
  page,
}) => {
  await openImport(page);
  await choose(page, file('names.csv', fixture('long-name.csv'), 'text/csv'));
  const first = page.getByRole('listitem', { name: 'Contact from row 2' });
  await expect(first).toContainText(
    `The name “${'A'.repeat(40)}…” is more than 400 characters; at most 200 fit: shorten it in the file.`,
  );
  await expect(
    page.getByRole('alert').filter({ hasText: '1 contact has text longer than a contact takes' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import 4 contacts' })).toBeDisabled();
  await page.getByRole('button', { name: 'Leave it out' }).click();
  await expect(page.getByRole('button', { name: 'Import 3 contacts' })).toBeEnabled();
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await new OpportunitiesPage(page).open();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
});
