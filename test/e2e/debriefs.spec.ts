import { expect, test } from '@playwright/test';
import { DebriefsPage } from './page-objects/debriefs-page';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';

const pentagon = 'General Jones with Bill Kahn, Sue Kemp';
const inDays = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

test('two debriefs disagree, are compared and merged; the outcome closes an ask, moves a stage and creates a follow-up', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  const plan = new PlanPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();

  // Bill Kahn writes and submits; Sue Kemp's draft stays hidden from him.
  await debriefs.openDebriefOf(pentagon);
  await debriefs.writeAs('Bill Kahn');
  await expect(page.getByLabel('What the customer said — your notes')).toHaveValue(
    /General Jones was open about the schedule/,
  );
  await expect(page.getByText(/PEO staff will brief industry/)).toHaveCount(0);
  await debriefs.chooseResult('What is the acquisition strategy?', 'Answered');
  await debriefs.submit();

  // Sue Kemp agrees on everything but the acquisition strategy.
  await debriefs.writeAs('Sue Kemp');
  await expect(page.getByLabel('What the customer said — your notes')).toHaveValue(/PEO staff will brief industry/);
  await debriefs.chooseResult('What is its opinion of our company’s performance?', 'Partly answered');
  await page.getByLabel('General Jones').selectOption({ label: 'Likes us' });
  await debriefs.submit();

  await page.getByRole('link', { name: 'Compare and merge' }).click();
  const comparison = page.getByRole('table', { name: 'Debriefs side by side' });
  await expect(comparison.getByRole('row', { name: /What is the acquisition strategy/ })).toContainText(
    'Disagree: different results',
  );
  await expect(comparison.getByRole('row', { name: /What is the acquisition strategy/ })).toContainText(
    'Answered: Single-award IDIQ',
  );
  await expect(comparison.getByRole('row', { name: /What is the acquisition strategy/ })).toContainText(
    'Partly answered: Probably single award',
  );
  await expect(comparison.getByRole('row', { name: /opinion of our company/ })).toContainText('Agree');
  await expect(page.getByRole('status').filter({ hasText: 'submitted debriefs' })).toContainText('1 point to agree on');

  // Merge: they settle on "answered", General Jones likes us, and one new action item.
  const merge = page.getByRole('form', { name: 'Merge into the outcome' });
  await merge
    .getByRole('group', { name: /Ask: What is the acquisition strategy/ })
    .getByLabel('Agreed result')
    .selectOption({ label: 'Answered' });
  await expect(merge.getByLabel(/^General Jones/)).toHaveValue('likes-us');
  await merge.getByLabel('Summary').fill('Single award; we must repair the 2013 delivery story.');
  await merge.getByRole('button', { name: 'Add action item' }).click();
  await merge.getByLabel('Outcome action item 1', { exact: true }).fill('Send General Jones the KPI white paper');
  await merge.getByLabel('Outcome action item 1 owner').selectOption({ label: 'Sue Kemp' });
  await merge.getByLabel('Outcome action item 1 due').fill(inDays(3));
  await merge.getByRole('button', { name: 'Record outcome' }).click();
  await expect(page.getByText('Outcome recorded.')).toBeVisible();

  // The answered ask leaves Open questions; the partly answered one stays, marked.
  await plan.openTab('Overview');
  const openQuestions = page.getByRole('region', { name: 'Open questions' });
  await expect(openQuestions).not.toContainText('What is the acquisition strategy?');
  await expect(openQuestions.getByRole('listitem').filter({ hasText: 'What is its opinion' })).toContainText(
    'Partly answered',
  );

  // General Jones's history shows the meeting and the stage change.
  await plan.openTab('Stakeholders');
  await page.getByRole('link', { name: 'General Jones' }).click();
  await expect(page.getByText('Jul 23, 2014: Knows us → Likes us')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contacts with General Jones' })).toContainText(
    'Asked: What is the acquisition strategy? — Answered',
  );

  // The action item is in Follow-ups with its owner and due date; done removes it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  const dueSoon = page.getByRole('table', { name: 'Action items due in the next 7 days' });
  const row = dueSoon.getByRole('row', { name: /Send General Jones the KPI white paper/ });
  await expect(row).toContainText('Sue Kemp');
  const due = new Date(`${inDays(3)}T00:00:00`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
  await expect(row).toContainText(due);
  await row.getByRole('button', { name: /Mark done/ }).click();
  await expect(page.getByText('Send General Jones the KPI white paper')).toHaveCount(0);
});

test('what is typed into a debrief survives a reload', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await debriefs.openDebriefOf(pentagon);
  await debriefs.writeAs('Bill Kahn');
  const notes = page.getByLabel('What the customer said — your notes');
  await notes.fill('He asked twice about the transition plan.');
  await page.reload();
  await expect(page.getByLabel('What the customer said — your notes')).toHaveValue(
    'He asked twice about the transition plan.',
  );
});

test('an attendee cannot see the other’s debrief until they submit their own', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await debriefs.openDebriefOf(pentagon);
  await debriefs.writeAs('Sue Kemp');
  await debriefs.submit();
  // Bill has not submitted: the compare screen is closed to him, and Sue's words appear nowhere.
  await debriefs.writeAs('Bill Kahn');
  await page.goto(page.url() + '/compare');
  await expect(page.getByText(/Submit your own debrief first/)).toBeVisible();
  await expect(page.getByText(/PEO staff will brief industry/)).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Debriefs side by side' })).toHaveCount(0);
});
