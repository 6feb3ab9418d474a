import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';

test.beforeEach(async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  // Draft RFP on 2027-03-01: the quiet period starts that day.
  await opportunities.createOpportunity({
    name: 'Rules check',
    customer: 'Navy NAVWAR',
    draftRfp: '2027-03-01',
    finalRfp: '2027-05-01',
  });
  const plan = new PlanPage(page);
  await plan.openTab('Stakeholders');
  await plan.addStakeholder({ name: 'Admiral Ray', title: 'PEO', level: 'Executive / PEO' });
  await plan.addStakeholder({
    name: 'Dana Cho',
    title: 'Contracting Officer',
    level: 'Contracting',
    isContractingOfficer: true,
  });
  await plan.openTab('Team');
  await plan.addTeamMember({ name: 'Bill Kahn' });
  await plan.addTeamMember({ name: 'Sue Kemp' });
  await plan.addTeamMember({ name: 'Carl Consultant' });
  await plan.addTeamMember({ name: 'Lia Liaison' });
  await plan.openTab('Contact plan');
});

test('one attendee shows the two-person flag; a second clears it', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.addContact({ stakeholders: ['Admiral Ray'], attendees: ['Bill Kahn'], date: '2027-01-10' });
  const flags = plan.gridRows.first().getByRole('gridcell').nth(8);
  await expect(flags).toHaveText('Two-person rule');

  await plan.openDetailsOf('Admiral Ray');
  await expect(page.getByText(/Only one of ours attends: send at least two/)).toBeVisible();
  await plan.fillContactDetails({ stakeholders: [], attendees: ['Sue Kemp'] });
  await expect(page.getByText(/No rule is broken/)).toBeVisible();
  await plan.saveContactDetails();
  await expect(flags).toHaveText('None');
});

test('a contact in the quiet period with a non-contracting officer needs a reason; with one it saves', async ({
  page,
}) => {
  const plan = new PlanPage(page);
  await plan.addContact({ stakeholders: ['Dana Cho'], attendees: ['Bill Kahn', 'Sue Kemp'], date: '2027-03-01' });
  // Only the contracting officer, on the start day: inside the quiet period, and allowed — said in words.
  await expect(plan.gridRows.first().getByRole('gridcell').nth(8)).toHaveText('Quiet period: CO only');
  await plan.openDetailsOf('Dana Cho');
  const flagsSection = page.getByRole('region', { name: 'Flags' });
  await expect(flagsSection).toContainText(
    'it is inside the quiet period (from Mar 1, 2027) and allowed: only the contracting officer (Dana Cho) is met, as FAR 15.201 permits',
  );
  await expect(flagsSection).not.toContainText('outside');
  await page.getByRole('form', { name: 'Contact details' }).getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Add contact' }).click();
  await plan.fillContactDetails({
    stakeholders: ['Admiral Ray'],
    attendees: ['Bill Kahn', 'Sue Kemp'],
    date: '2027-03-15',
  });
  await expect(
    page.getByText(
      /On or after the quiet-period start \(Mar 1, 2027\) with Admiral Ray, who is not a contracting officer/,
    ),
  ).toBeVisible();
  await page.getByRole('form', { name: 'Contact details' }).getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Give a reason to save it' })).toBeVisible();
  await expect(plan.dialog).toBeVisible();

  await plan.fillContactDetails({
    stakeholders: [],
    attendees: [],
    quietPeriodReason: 'Industry day the contracting officer invited us to',
  });
  await plan.saveContactDetails();
  const row = plan.rowWith('Admiral Ray');
  await expect(row.getByRole('gridcell').nth(8)).toHaveText('Quiet period');
  await plan.openDetailsOf('Admiral Ray');
  await expect(page.getByText(/Reason given: “Industry day the contracting officer invited us to”/)).toBeVisible();
});

test('moving a contact into the quiet period from the grid asks for the reason', async ({ page }) => {
  const plan = new PlanPage(page);
  await plan.addContact({ stakeholders: ['Admiral Ray'], attendees: ['Bill Kahn', 'Sue Kemp'], date: '2027-01-10' });
  const whenCell = plan.gridRows.first().getByRole('gridcell').nth(3);
  await whenCell.click();
  await page.keyboard.press('Enter');
  await page.getByLabel('When, row 1').fill('2027-04-01');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Give a reason to save it' }).first()).toBeVisible();
  await expect(page.getByRole('form', { name: 'Contact details' }).getByLabel('Date')).toHaveValue('2027-04-01');
  await page.getByRole('form', { name: 'Contact details' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(whenCell).toHaveText('Jan 10, 2027');
});

test('the same stakeholder met by different people 10 days apart is flagged; 20 days apart is not', async ({
  page,
}) => {
  const plan = new PlanPage(page);
  await plan.addContact({ stakeholders: ['Admiral Ray'], attendees: ['Bill Kahn', 'Sue Kemp'], date: '2027-01-04' });
  await plan.addContact({
    stakeholders: ['Admiral Ray'],
    attendees: ['Carl Consultant', 'Lia Liaison'],
    date: '2027-01-14',
  });
  await expect(plan.rowWith('Bill Kahn').getByRole('gridcell').nth(8)).toHaveText('Deconflict');
  await expect(plan.rowWith('Carl Consultant').getByRole('gridcell').nth(8)).toHaveText('Deconflict');
  await plan.openDetailsOf('Carl Consultant');
  await expect(
    page.getByText(/Admiral Ray is also met 10 days apart \(Jan 4, 2027\) by Bill Kahn and Sue Kemp/),
  ).toBeVisible();
  await page.getByLabel('Date').fill('2027-01-24');
  await plan.saveContactDetails();
  await expect(plan.rowWith('Bill Kahn').getByRole('gridcell').nth(8)).toHaveText('None');
  await expect(plan.rowWith('Carl Consultant').getByRole('gridcell').nth(8)).toHaveText('None');
});
