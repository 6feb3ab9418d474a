import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { shownDay } from './support/days';

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
  // Dated from today: General Jones was met a week ago; the lab demo is a week ahead.
  await expect(rows.nth(1)).toHaveText(
    [
      `${shownDay(-7)}, 3:30 PM–4:30 PM`,
      'General Jones — PEO',
      'Bill Kahn — VP, Sue Kemp — Opportunity Manager',
      'Pentagon, Room A410',
      'Held',
    ].join(''),
  );
  await expect(rows.nth(2)).toHaveText(
    [
      `${shownDay(7)}, 3:30 PM–4:30 PM`,
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
  // The quiet period is about three months away, counted in words.
  await expect(page.getByText(`91 days until the quiet period starts on ${shownDay(91)}.`)).toBeVisible();
  await expect(page.getByText(`${shownDay(91)} (from the RFP dates)`)).toBeVisible();

  // Both attendees have submitted their debriefs; the outcome is still to be merged.
  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Debriefs' }).click();
  const pentagon = page.getByRole('row', { name: /^General Jones with Bill Kahn, Sue Kemp/ });
  await expect(pentagon).toContainText('Bill Kahn: submitted · Sue Kemp: submitted');
  await expect(pentagon.getByRole('cell').nth(3)).toHaveText('Not yet');

  // Follow-ups: the meeting awaits its outcome; the thank-you letter is overdue, the briefing due soon.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  await expect(page.getByRole('heading', { name: 'Overdue (1)' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Overdue action items' })).toContainText(
    'Send General Jones a thank-you letter with the investment figures',
  );
  await expect(page.getByRole('table', { name: 'Overdue action items' })).toContainText(shownDay(-5));
  await expect(page.getByRole('table', { name: 'Action items due in the next 7 days' })).toContainText(
    'Get the acquisition strategy briefing from the PEO staff',
  );
  await expect(page.getByText(/held 7 days ago: compare the debriefs and record the outcome/)).toBeVisible();
});
