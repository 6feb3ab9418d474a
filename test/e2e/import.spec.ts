import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import * as XLSX from 'xlsx';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';

const upload = (name: string, mimeType: string) => ({ name, mimeType, buffer: readFileSync(`fixtures/${name}`) });

const seedWorkbook = () =>
  upload('seed-contact-plan.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

test('imports the seed spreadsheet into a new plan, then Undo removes exactly what it added', async ({ page }) => {
  await new OpportunitiesPage(page).open();
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page.getByLabel('Choose a spreadsheet').setInputFiles(seedWorkbook());

  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'contacts ·' })).toHaveText(
    /^2 contacts · 2 with something to check/,
  );
  const first = page.getByRole('listitem', { name: 'Contact from row 2, 3, 4' });
  await expect(first).toContainText('Customer: General Jones — PEO');
  await expect(first).toContainText('Ours: Bill Kahn — VP');
  await expect(first).toContainText('Time read as afternoon (15:30–16:30): check it.');
  // Fix in place: the imperative "Run our solution…" is really something to find out.
  const second = page.getByRole('listitem', { name: 'Contact from row 5, 6, 7, 8' });
  await second.getByRole('button', { name: 'Make “Run our solution by them for feedback” an ask' }).click();
  await expect(second).toContainText('Ask: Run our solution by them for feedback');

  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
  await expect(page.getByText('2 contacts created')).toBeVisible();
  await expect(page.getByText('3 stakeholders created, 0 matched to known ones')).toBeVisible();
  await expect(page.getByText('4 team members created, 0 matched')).toBeVisible();

  // Undo, offered on this page, removes exactly what the import added.
  const undoOffer = page.getByRole('status').filter({ hasText: 'Imported 2 contacts' });
  await undoOffer.getByRole('button', { name: 'Undo' }).click();
  // The offer goes once the undo is written; a reload before then would abort it.
  await expect(undoOffer).toHaveCount(0);
  await new OpportunitiesPage(page).open();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();

  // Imported again, then opened: the Undo offer stays behind with the import page.
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page.getByLabel('Choose a spreadsheet').setInputFiles(seedWorkbook());
  await page
    .getByRole('listitem', { name: 'Contact from row 5, 6, 7, 8' })
    .getByRole('button', { name: 'Make “Run our solution by them for feedback” an ask' })
    .click();
  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.getByText('2 contacts created')).toBeVisible();
  await page.getByRole('link', { name: 'Open contact plan' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  const plan = new PlanPage(page);
  await expect(plan.gridRows).toHaveCount(2);
  await expect(plan.rowWith('General Jones').getByRole('gridcell').nth(3)).toHaveText('Jul 23, 2014, 3:30 PM–4:30 PM');
  await expect(plan.rowWith('Ms. Smith').getByRole('gridcell').nth(2)).toContainText(
    'Ask: Run our solution by them for feedback',
  );

  // Export it to Excel and read the download back.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const exported = XLSX.read(readFileSync(await (await download).path()), { cellNF: true });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(exported.Sheets['Contact plan'] ?? {}, { header: 1, raw: false });
  expect(rows.slice(1).map((row) => row[0])).toEqual([
    'General Jones—PEO',
    'Bill Kahn—Your Company VP',
    'Sue Kemp—Your Company Opportunity Manager',
    'Ms. Smith—Tech Lead',
    'Rob Hopp—GS14 S/W Lead',
    'Jane Doe—Your Company Lead Architect',
    'Rick Yen—Your Company S/W Lead',
  ]);
  expect(rows[1]?.[2]).toBe('2014-07-23');
  expect(rows[4]?.[2]).toBe('2014-07-24');
  expect(rows[4]?.[4]).toBe('Our Company, Lab #14');
});

test('importing into the example plan matches its people instead of duplicating them', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await new PlanPage(page).openTab('Contact plan');
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page.getByLabel('Choose a spreadsheet').setInputFiles(upload('seed-contact-plan.csv', 'text/csv'));
  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.getByText('0 stakeholders created, 3 matched to known ones')).toBeVisible();
  await expect(page.getByText('0 team members created, 4 matched')).toBeVisible();
  await expect(page.getByText('0 opportunities created')).toBeVisible();
});

test('a password-protected file says so, and nothing is written', async ({ page }) => {
  await new OpportunitiesPage(page).open();
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page
    .getByLabel('Choose a spreadsheet')
    .setInputFiles(upload('password_2002_40_xor.xls', 'application/vnd.ms-excel'));
  await expect(page.getByRole('alert')).toContainText('password_2002_40_xor.xls is password-protected');
  await new OpportunitiesPage(page).open();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
});

test('a file that is not a spreadsheet is refused before reading', async ({ page }) => {
  await new OpportunitiesPage(page).open();
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page
    .getByLabel('Choose a spreadsheet')
    .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toContainText('notes.txt is not a spreadsheet this app reads');
});

test('a long file is previewed a page at a time, can show only what needs checking, and imports every row', async ({
  page,
}) => {
  const header = 'Opportunity,Customer name,Customer title,Our attendees,What to find out,Date,Time,Location';
  const rows = Array.from({ length: 120 }, (_, index) => {
    const attendees = index % 10 === 0 ? 'Bill Kahn' : 'Bill Kahn; Sue Kemp';
    return `Fleet Logistics,Customer ${String(index + 1)},Program Manager,${attendees},What is the schedule?,2026-03-${String((index % 28) + 1).padStart(2, '0')},10:00-11:00,Pentagon`;
  });
  await new OpportunitiesPage(page).open();
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page
    .getByLabel('Choose a spreadsheet')
    .setInputFiles({ name: 'long-plan.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\n')) });

  await expect(page.getByRole('status').filter({ hasText: 'contacts ·' })).toHaveText(
    /^120 contacts · 12 with something to check/,
  );
  const pages = page.getByRole('navigation', { name: 'Preview pages (top)' });
  await expect(pages).toContainText('1–25 of 120');
  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(pages).toContainText('26–50 of 120');
  await expect(page.getByRole('listitem', { name: 'Contact from row 27', exact: true })).toContainText(
    'Customer: Customer 26',
  );

  await page.getByLabel('Show').selectOption('problems');
  await expect(pages).toContainText('1–12 of 12');
  await expect(page.getByRole('listitem', { name: 'Contact from row 2', exact: true })).toContainText(
    'Fewer than two of ours attend.',
  );
  await page
    .getByRole('listitem', { name: 'Contact from row 2', exact: true })
    .getByLabel('Leave this contact out')
    .check();
  await expect(page.getByRole('button', { name: 'Import 119 contacts' })).toBeVisible();

  await page.getByRole('button', { name: 'Import 119 contacts' }).click();
  await expect(page.getByText('119 contacts created')).toBeVisible();
  await expect(page.getByText('1 contact left out')).toBeVisible();
});

test('a contact with text too long to save holds Import back until it is left out', async ({ page }) => {
  await page.goto('/import');
  const csv = [
    'Who,When,What,Where',
    'General Jones — PEO,7/23/14,Find out the budget?,Pentagon',
    `Ms. Smith — Tech Lead,7/24/14,Ask about ${'the test plan '.repeat(200)}?,Lab`,
  ].join('\n');
  await page
    .getByLabel('Choose a spreadsheet')
    .setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const warning = page.getByRole('alert').filter({ hasText: 'text longer than a contact takes' });
  await expect(warning).toContainText('1 contact has text longer than a contact takes');
  await expect(page.getByRole('button', { name: /^Import 2 contacts/ })).toBeDisabled();
  await warning.getByRole('button', { name: 'Leave it out' }).click();
  await expect(warning).toBeHidden();
  await page.getByRole('button', { name: /^Import 1 contact$/ }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
  await expect(page.getByText('1 contact created')).toBeVisible();
  await expect(page.getByText('1 contact left out')).toBeVisible();
});
