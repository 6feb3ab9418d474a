import { expect, test } from './support/test';
import { DebriefsPage } from './page-objects/debriefs-page';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { expectNoAxeViolations } from './support/axe';
import { PlanPage } from './page-objects/plan-page';
import { inDays } from './support/days';

test('the Opportunities list passes axe, empty and filled', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await expectNoAxeViolations(page);
  await opportunities.loadExamplePlan();
  await opportunities.open();
  await expect(opportunities.row('Example: Enterprise Modernization Program')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the New opportunity form passes axe, also when showing errors', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.startNewOpportunity();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(page.getByText('Enter a name for the pursuit.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Overview passes axe, and so does the delete confirmation', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Delete opportunity' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Follow-ups, Coverage and Settings pass axe', async ({ page }) => {
  for (const name of ['Follow-ups', 'Coverage', 'Settings']) {
    await page.goto('/opportunities');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('Stakeholders, Team, the Contact plan and its detail panel pass axe', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  const sections = page.getByRole('navigation', { name: 'Opportunity sections' });

  await sections.getByRole('link', { name: 'Stakeholders' }).click();
  await expect(page.getByRole('table', { name: 'Stakeholders' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add stakeholder' }).click();
  await expect(page.getByRole('dialog', { name: 'New stakeholder' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  await sections.getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('table', { name: 'Team' })).toBeVisible();
  await expectNoAxeViolations(page);

  await sections.getByRole('link', { name: 'Contact plan' }).click();
  await expect(page.getByRole('grid', { name: 'Contact plan' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('gridcell').first().click();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Contact details' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the debrief, compare, Action items, Follow-ups and Messaging screens pass axe', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  const sections = page.getByRole('navigation', { name: 'Opportunity sections' });

  // A call held two days ago, for a debrief still to write; the example's meeting has both debriefs in.
  await new PlanPage(page).addHeldContact({
    stakeholders: ['Pat Lee'],
    attendees: ['Jane Doe', 'Rick Yen'],
    asks: ['When will the draft RFP be released?'],
    date: inDays(-2),
  });
  await sections.getByRole('link', { name: 'Debriefs' }).click();
  await expect(page.getByRole('table', { name: 'Contacts and their debriefs' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^Write debrief: Pat Lee/ }).click();
  await page.getByLabel('Writing as').selectOption({ label: 'Jane Doe' });
  await page.getByRole('button', { name: 'Start my debrief' }).click();
  await expect(page.getByRole('form', { name: 'My debrief' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Submit debrief' }).click();
  await expect(page.getByRole('heading', { name: 'Your submitted debrief' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The example's meeting: both debriefs side by side, and the merge form.
  await sections.getByRole('link', { name: 'Debriefs' }).click();
  await page.getByRole('link', { name: /^Compare and merge: General Jones/ }).click();
  await expect(page.getByRole('table', { name: 'Debriefs side by side' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Merge into the outcome' })).toBeVisible();
  await expectNoAxeViolations(page);

  await sections.getByRole('link', { name: 'Action items' }).click();
  await expect(page.getByRole('table', { name: 'Action items' })).toBeVisible();
  await expectNoAxeViolations(page);

  await sections.getByRole('link', { name: 'Messaging' }).click();
  await expect(page.getByRole('table', { name: 'Messaging plan' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add message' }).click();
  await expect(page.getByRole('dialog', { name: 'New message' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  await expect(page.getByRole('heading', { name: /^Overdue/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Import spreadsheet passes axe, on the file step and with the preview showing', async ({ page }) => {
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import spreadsheet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Choose a spreadsheet').setInputFiles('fixtures/contact-plan-messy.xlsx');
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('compare and merge passes axe with its new controls: decisions, what stands in the way, record without, the recorded outcome', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await debriefs.openCompareOf('General Jones with Bill Kahn, Sue Kemp');
  await expect(debriefs.mergeItem('What is the acquisition strategy?').getByRole('button')).toHaveText([
    'Take Bill Kahn’s version',
    'Take Sue Kemp’s version',
    'Write the agreed result',
  ]);
  await expectNoAxeViolations(page);

  await debriefs.recordOutcome();
  await expect(debriefs.mergeProblems).toBeVisible();
  await expectNoAxeViolations(page);

  await debriefs.takeVersion('What is the acquisition strategy?', 'Bill Kahn');
  await debriefs.writeAgreed('What is its opinion of our company’s performance?', 'Partly answered', 'Late delivery');
  await debriefs.takeVersion('Express corporate commitment', 'Sue Kemp');
  await debriefs.mergeForm.getByLabel(/^General Jones/).selectOption({ label: 'Likes us' });
  await expect(debriefs.mergeProblems).toHaveCount(0);
  await expectNoAxeViolations(page);
  await debriefs.recordOutcome();
  await expect(debriefs.agreedResults).toBeVisible();
  await expectNoAxeViolations(page);

  // A call only Rick Yen has debriefed: the merge offers to record it without Jane Doe.
  await new PlanPage(page).addHeldContact({
    stakeholders: ['Pat Lee'],
    attendees: ['Jane Doe', 'Rick Yen'],
    asks: ['When will the draft RFP be released?'],
    date: inDays(-2),
  });
  await debriefs.writeAndSubmit('Pat Lee with Jane Doe, Rick Yen', 'Rick Yen', [
    { item: 'When will the draft RFP be released?', result: 'Answered' },
  ]);
  await debriefs.openCompareOf('Pat Lee with Jane Doe, Rick Yen');
  await debriefs.mergeForm.getByLabel('Record without Jane Doe').check();
  await expect(debriefs.mergeForm.getByLabel(/^Why without Jane Doe\?/)).toBeVisible();
  await expectNoAxeViolations(page);
});
