import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import * as XLSX from 'xlsx';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';
import { inDays } from './support/days';
import { putCopies, readAllTables } from './support/database';

test('Export to Excel gives the contact plan in the seed layout with real dates; CSV is the filtered grid with a BOM', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await new PlanPage(page).openTab('Contact plan');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Example Enterprise Modernization Program contact plan.xlsx');
  const workbook = XLSX.read(readFileSync(await file.path()), { cellDates: false, cellNF: true });
  const sheet = workbook.Sheets['Contact plan'];
  if (!sheet) throw new Error('no Contact plan sheet');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: false });
  expect(rows[0]).toEqual(['Who', 'What', 'When', 'Time', 'Where', 'Why', 'How', 'Status', 'Results', 'Action items']);
  expect(rows[1]?.[0]).toBe('General Jones—PEO');
  expect(rows[2]?.[0]).toBe('Bill Kahn—Your Company VP');
  expect(rows[1]?.[2]).toBe(inDays(-7)); // the meeting of a week ago, as a real Excel date
  expect((sheet.C2 as XLSX.CellObject | undefined)?.t).toBe('n');
  expect(rows[1]?.[9]).toContain('Send General Jones a thank-you letter');

  await page.getByLabel('Filter contacts').fill('kpis');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv.startsWith('\uFEFF"Who","Our attendees","What"')).toBe(true);
  expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
  expect(csv).toContain('Ms. Smith — Tech Lead');
});

test('the archive exported from one browser imports into an empty one with every record', async ({ page, browser }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await opportunities.open();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export archive' }).click();
  const archivePath = await (await download).path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/import');
  await other.getByLabel('Choose a spreadsheet').setInputFiles({
    name: 'archive.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(archivePath),
  });
  await expect(other.getByRole('heading', { name: 'archive.xlsx is a Contact Plan archive' })).toBeVisible();
  await expect(other.getByText('2 contacts to add')).toBeVisible();
  await other.getByRole('button', { name: 'Import archive' }).click();
  await expect(other.getByRole('heading', { name: 'Archive imported' })).toBeVisible();
  await expect(
    other.getByText('19 records added · 0 replaced by the archive’s version · 0 kept as they were here.'),
  ).toBeVisible();
  await other.goto('/opportunities');
  await other.getByRole('link', { name: 'Example: Enterprise Modernization Program' }).click();
  await expect(other.getByRole('listitem').filter({ hasText: 'stakeholders' })).toHaveText(/^4\s*stakeholders$/);
  await fresh.close();
});

test('a CSV field holding a semicolon and a formula is quoted, so a semicolon-locale Excel keeps it one text', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  const plan = new PlanPage(page);
  await plan.openTab('Contact plan');
  const [contact] = (await readAllTables(page)).contacts as Record<string, unknown>[];
  if (!contact) throw new Error('no contact');
  await putCopies(page, 'contacts', { ...contact, location: "Lunch;=cmd|' /C calc'!A0" }, 1);
  await page.reload(); // written past the app, which sees it on reading again
  await expect(page.getByRole('gridcell').filter({ hasText: 'Lunch;=cmd' })).toBeVisible();
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csv).toContain(`,"Lunch;=cmd|' /C calc'!A0",`);
});

test('Export to Excel and Export archive of 30,000 contacts in one opportunity complete', async ({ page }) => {
  // 30,000 contacts read, exported twice and read back with SheetJS: about a minute alone, more beside other tests.
  test.setTimeout(240_000);
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  const [contact] = (await readAllTables(page)).contacts as Record<string, unknown>[];
  if (!contact) throw new Error('no contact');
  await putCopies(page, 'contacts', contact, 29_998, 'contact-dates');
  // Straight to the grid (the Overview of 30,000 contacts is slow to draw: a later issue's work).
  await page.goto(`/opportunities/${String(contact.opportunityId)}/contact-plan`);
  await expect(page.getByText('Showing 30,000 of 30,000 contacts')).toBeVisible({ timeout: 60_000 });
  const excel = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const workbook = XLSX.read(readFileSync(await (await excel).path()), { dense: true });
  // A header, then a row per person of each contact (the example's contacts have two to three).
  const planRows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Contact plan'] ?? {}, { header: 1 });
  expect(planRows.length).toBeGreaterThan(60_000);

  await page.goto('/opportunities');
  const archive = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Export archive' }).click();
  const archiveBook = XLSX.read(readFileSync(await (await archive).path()), { dense: true });
  const contactSheet = archiveBook.SheetNames.find((name) => /contacts/i.test(name));
  const contactRows = XLSX.utils.sheet_to_json(archiveBook.Sheets[contactSheet ?? ''] ?? {});
  expect(contactRows).toHaveLength(30_000);
});
