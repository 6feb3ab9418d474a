import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';
import { inDays } from './support/days';

test('builds the seed plan by hand, reloads, and finds it intact', async ({ page }) => {
  // A whole plan typed by hand: over 30 s when the machine is busy.
  test.slow();
  const opportunities = new OpportunitiesPage(page);
  const plan = new PlanPage(page);
  await opportunities.open();
  await opportunities.createOpportunity({ name: 'Seed plan by hand', customer: 'Program Executive Office' });

  await plan.openTab('Stakeholders');
  await plan.addStakeholder({
    name: 'General Jones',
    title: 'PEO',
    organization: 'Program Executive Office',
    level: 'Executive / PEO',
  });
  await plan.addStakeholder({
    name: 'Ms. Smith',
    title: 'Tech Lead',
    organization: 'Program Executive Office',
    level: 'Technical',
  });
  await plan.addStakeholder({
    name: 'Rob Hopp',
    title: 'GS14 S/W Lead',
    organization: 'Program Executive Office',
    level: 'Technical',
  });
  await plan.addStakeholder({
    name: 'Pat Lee',
    title: 'Contracting Officer',
    organization: 'Program Executive Office',
    level: 'Contracting',
    isContractingOfficer: true,
  });
  await expect(page.getByText('Showing 4 of 4 stakeholders')).toBeVisible();

  await plan.openTab('Team');
  await plan.addTeamMember({
    name: 'Bill Kahn',
    title: 'VP',
    company: 'Your Company',
    counterpartLevel: 'Executive / PEO',
  });
  await plan.addTeamMember({
    name: 'Sue Kemp',
    title: 'Opportunity Manager',
    company: 'Your Company',
    counterpartLevel: 'Program office',
  });
  await plan.addTeamMember({
    name: 'Jane Doe',
    title: 'Lead Architect',
    company: 'Your Company',
    counterpartLevel: 'Technical',
  });
  await plan.addTeamMember({
    name: 'Rick Yen',
    title: 'S/W Lead',
    company: 'Your Company',
    counterpartLevel: 'Technical',
  });

  await plan.openTab('Contact plan');
  await plan.addContact({
    stakeholders: ['General Jones'],
    attendees: ['Bill Kahn', 'Sue Kemp'],
    asks: ['What is the acquisition strategy?', 'What is its opinion of our company’s performance?'],
    tells: ['Express corporate commitment to this program and investment to date'],
    date: '2014-07-23',
    start: '15:30',
    end: '16:30',
    where: 'Pentagon, Room A410',
    why: 'Determine our acquisition strategy',
    how: 'Slides',
  });
  await plan.addContact({
    stakeholders: ['Ms. Smith', 'Rob Hopp'],
    attendees: ['Jane Doe', 'Rick Yen'],
    asks: ['What are the expected KPIs?', 'Run our solution by them for feedback'],
    date: '2014-07-24',
    start: '15:30',
    end: '16:30',
    where: 'Our Company, Lab #14',
    why: 'Get feedback on our solution',
  });

  // The How of the second contact, typed straight into the grid.
  const labRow = plan.rowWith('Ms. Smith');
  await labRow.getByRole('gridcell').nth(6).click();
  await page.keyboard.type('Product demonstration');
  await page.keyboard.press('Enter');
  await expect(labRow.getByRole('gridcell').nth(6)).toHaveText('Product demonstration');

  await page.reload();
  await expect(plan.gridRows).toHaveCount(2);
  const pentagonRow = plan.rowWith('General Jones');
  await expect(pentagonRow.getByRole('gridcell').nth(0)).toHaveText('General Jones — PEO');
  await expect(pentagonRow.getByRole('gridcell').nth(1)).toHaveText('Bill Kahn — VP; Sue Kemp — Opportunity Manager');
  await expect(pentagonRow.getByRole('gridcell').nth(2)).toContainText('Ask: What is the acquisition strategy?');
  await expect(pentagonRow.getByRole('gridcell').nth(2)).toContainText('Tell: Express corporate commitment');
  await expect(pentagonRow.getByRole('gridcell').nth(3)).toHaveText('Jul 23, 2014, 3:30 PM–4:30 PM');
  await expect(pentagonRow.getByRole('gridcell').nth(4)).toHaveText('Pentagon, Room A410');
  await expect(pentagonRow.getByRole('gridcell').nth(6)).toHaveText('Slides');
  await expect(pentagonRow.getByRole('gridcell').nth(8)).toHaveText('None');
  await expect(plan.rowWith('Ms. Smith').getByRole('gridcell').nth(0)).toHaveText(
    'Ms. Smith — Tech Lead; Rob Hopp — GS14 S/W Lead',
  );
  await expect(plan.rowWith('Ms. Smith').getByRole('gridcell').nth(1)).toHaveText(
    'Jane Doe — Lead Architect; Rick Yen — S/W Lead',
  );
  await expect(plan.rowWith('Ms. Smith').getByRole('gridcell').nth(3)).toHaveText('Jul 24, 2014, 3:30 PM–4:30 PM');
  await expect(plan.rowWith('Ms. Smith').getByRole('gridcell').nth(6)).toHaveText('Product demonstration');

  await plan.openTab('Stakeholders');
  await expect(page.getByText('Showing 4 of 4 stakeholders')).toBeVisible();
  await plan.openTab('Team');
  await expect(page.getByRole('table', { name: 'Team' }).getByRole('row')).toHaveCount(5);
});

test('filters as you type, by person and by date range, and deletes with Undo', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  const plan = new PlanPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await plan.openTab('Contact plan');
  await expect(plan.gridRows).toHaveCount(2);

  await page.getByLabel('Filter contacts').fill('kpis');
  await expect(plan.gridRows).toHaveCount(1);
  await expect(plan.gridRows.first()).toContainText('Ms. Smith');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Our attendee').selectOption({ label: 'Bill Kahn' });
  await expect(plan.gridRows).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  // From today on: the lab demo of next week, not the meeting of last week.
  await page.getByLabel('From').fill(inDays(0));
  await expect(plan.gridRows).toHaveCount(1);
  await expect(plan.gridRows.first()).toContainText('Ms. Smith');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await plan.rowWith('Ms. Smith').getByRole('gridcell').first().click();
  await page.getByRole('button', { name: 'Duplicate contact' }).click();
  await expect(plan.gridRows).toHaveCount(3);
  await page.getByRole('button', { name: 'Delete contact' }).click();
  await expect(plan.gridRows).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(plan.gridRows).toHaveCount(3);

  // Add contact, then Cancel: the blank row goes away again.
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(plan.gridRows).toHaveCount(4);
  await page.getByRole('form', { name: 'Contact details' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(plan.gridRows).toHaveCount(3);

  // The Undo belongs to the contact plan: another page never shows it.
  await plan.rowWith('Ms. Smith').first().getByRole('gridcell').first().click();
  await page.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact deleted' })).toBeVisible();
  await plan.openTab('Stakeholders');
  await expect(page.getByRole('table', { name: 'Stakeholders' })).toBeVisible();
  await expect(page.getByText('Contact deleted')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await plan.openTab('Contact plan');
  await expect(plan.gridRows).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});
