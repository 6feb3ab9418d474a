import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { inDays, shownDay } from './support/days';

const openSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name }).click();

const technicalRow = (page: Page) =>
  page
    .getByRole('table', { name: /^Coverage by customer level/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Technical' }) });

test('marking next week’s contact held is refused, in words, and Coverage still says it is only planned', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();

  await openSection(page, 'Coverage');
  await expect(technicalRow(page)).toContainText('Planned only');

  // The lab demo with Ms. Smith and Rob Hopp is a week ahead.
  await openSection(page, 'Debriefs');
  await page.getByRole('button', { name: /^Mark held: Ms\. Smith, Rob Hopp with/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark the contact held' });
  await expect(dialog.getByLabel('Held on')).toHaveValue(inDays(7));
  await dialog.getByRole('button', { name: 'Mark held' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `This contact is dated ${shownDay(7)}, after today (${shownDay(0)}): it can be marked held once it has taken place.`,
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Ms. Smith, Rob Hopp' })).toContainText('Planned');

  await openSection(page, 'Coverage');
  await expect(technicalRow(page)).toContainText('Planned only');
  await expect(technicalRow(page)).not.toContainText('Covered');
});
