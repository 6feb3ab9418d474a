import { expect, test } from '@playwright/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';

test('pressing Load example plan twice gives exactly the two seed contacts, with the right people, dates and places', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await opportunities.open();
  await opportunities.loadExamplePlan();

  await opportunities.open();
  await expect(page.getByRole('row')).toHaveCount(2); // header + one opportunity

  await page.getByRole('link', { name: 'Example: Enterprise Modernization Program' }).click();
  const contacts = page.getByRole('table', { name: 'Contacts' });
  const rows = contacts.getByRole('row');
  await expect(rows).toHaveCount(3); // header + two contacts
  await expect(rows.nth(1)).toHaveText(
    [
      'Jul 23, 2014, 3:30 PM–4:30 PM',
      'General Jones — PEO',
      'Bill Kahn — VP, Sue Kemp — Opportunity Manager',
      'Pentagon, Room A410',
      'Held',
    ].join(''),
  );
  await expect(rows.nth(2)).toHaveText(
    [
      'Jul 24, 2014, 3:30 PM–4:30 PM',
      'Ms. Smith — Tech Lead, Rob Hopp — GS14 S/W Lead',
      'Jane Doe — Lead Architect, Rick Yen — S/W Lead',
      'Our Company, Lab #14',
      'Planned',
    ].join(''),
  );
  await expect(page.getByRole('listitem').filter({ hasText: 'stakeholders' })).toHaveText(/^4\s*stakeholders$/);
  await expect(page.getByRole('listitem').filter({ hasText: 'open action items' })).toHaveText(
    /^2\s*open action items$/,
  );
});
