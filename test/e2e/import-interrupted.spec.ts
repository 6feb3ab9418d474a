import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';

/** A file long enough that its import is still being written when the user acts. */
const longCsv = (rows: number) => {
  const header = 'Opportunity,Customer name,Customer title,Our attendees,What to find out,Date,Time,Location';
  const lines = Array.from(
    { length: rows },
    (_, index) =>
      `Fleet Logistics,Customer ${String(index + 1)},Program Manager,Bill Kahn; Sue Kemp,What is the schedule?,2026-03-${String((index % 28) + 1).padStart(2, '0')},10:00-11:00,Pentagon`,
  );
  return { name: 'fleet-plan.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...lines].join('\n')) };
};

const startImport = async (page: Page) => {
  await new OpportunitiesPage(page).open();
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page.getByLabel('Choose a spreadsheet').setInputFiles(longCsv(20_000));
  await page.getByRole('button', { name: 'Import 20,000 contacts' }).click({ timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Importing fleet-plan.csv' })).toBeVisible();
};

test('leaving the page while an import is written asks first; leaving anyway says afterwards that nothing was saved', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await startImport(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opportunities' }).click();
  const question = page.getByRole('dialog', { name: 'Leave while the import is written?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Leave and stop the import' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
  const notice = page.getByRole('alert').filter({ hasText: 'The import of fleet-plan.csv was stopped' });
  await expect(notice).toContainText('Nothing of it was saved');
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('an import dropped by a reload is named after the reload, and nothing of it was saved', async ({ page }) => {
  test.setTimeout(120_000);
  await startImport(page);
  // The browser's own "Leave site?" question is accepted, as a user in a hurry would.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'The import of fleet-plan.csv was stopped' })).toBeVisible();
  await new OpportunitiesPage(page).open();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
});
