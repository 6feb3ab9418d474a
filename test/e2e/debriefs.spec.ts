import { expect, test, type Page } from '@playwright/test';
import { DebriefsPage } from './page-objects/debriefs-page';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';
import { inDays, shownDay } from './support/days';

const pentagon = 'General Jones with Bill Kahn, Sue Kemp';
/** A call held two days ago, whose debriefs nobody has started. */
const phoneCall = 'Pat Lee with Jane Doe, Rick Yen';

const planPhoneCall = async (page: Page) =>
  new PlanPage(page).addHeldContact({
    stakeholders: ['Pat Lee'],
    attendees: ['Jane Doe', 'Rick Yen'],
    asks: ['When will the draft RFP be released?'],
    date: inDays(-2),
    where: 'Phone',
  });

test('the example’s two submitted debriefs disagree, are compared and merged; the outcome closes an ask, moves a stage and creates a follow-up', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  const plan = new PlanPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();

  // Bill Kahn and Sue Kemp have both submitted: the comparison is open at once.
  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Debriefs' }).click();
  await page.getByRole('link', { name: `Compare and merge: ${pentagon}` }).click();
  const comparison = page.getByRole('table', { name: 'Debriefs side by side' });
  const strategy = comparison.getByRole('row', { name: /What is the acquisition strategy/ });
  await expect(strategy).toContainText('Disagree: different results');
  await expect(strategy).toContainText('Answered: Single-award IDIQ');
  await expect(strategy).toContainText('Partly answered: Probably single award');
  await expect(comparison.getByRole('row', { name: /opinion of our company/ })).toContainText(
    'Disagree: different results',
  );
  await expect(comparison.getByRole('row', { name: /Express corporate commitment/ })).toContainText('Agree');
  await expect(page.getByRole('status').filter({ hasText: 'submitted debriefs' })).toHaveText(
    '2 submitted debriefs (Bill Kahn, Sue Kemp) · 3 points to agree on',
  );

  // Merge: they settle on "answered" and "partly", General Jones likes us, and one new action item.
  const merge = page.getByRole('form', { name: 'Merge into the outcome' });
  await merge
    .getByRole('group', { name: /Ask: What is the acquisition strategy/ })
    .getByLabel('Agreed result')
    .selectOption({ label: 'Answered' });
  await merge
    .getByRole('group', { name: /Ask: What is its opinion/ })
    .getByLabel('Agreed result')
    .selectOption({ label: 'Partly answered' });
  await merge.getByLabel(/^General Jones/).selectOption({ label: 'Likes us' });
  await merge.getByLabel('Summary').fill('Single award; we must repair the late-delivery story.');
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

  // General Jones's history shows the meeting of a week ago and the stage change.
  await plan.openTab('Stakeholders');
  await page.getByRole('link', { name: 'General Jones' }).click();
  await expect(page.getByText(`${shownDay(-7)}: Knows us → Likes us`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contacts with General Jones' })).toContainText(
    'Asked: What is the acquisition strategy? — Answered',
  );

  // The action item is in Follow-ups with its owner and due date; done removes it. The meeting has its outcome.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  await expect(page.getByRole('heading', { name: 'Held meetings with no outcome (0)' })).toBeVisible();
  const dueSoon = page.getByRole('table', { name: 'Action items due in the next 7 days' });
  const row = dueSoon.getByRole('row', { name: /Send General Jones the KPI white paper/ });
  await expect(row).toContainText('Sue Kemp');
  await expect(row).toContainText(shownDay(3));
  await row.getByRole('button', { name: /Mark done/ }).click();
  await expect(page.getByText('Send General Jones the KPI white paper')).toHaveCount(0);
});

test('each attendee writes and submits their own debrief; what is typed survives a reload', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await planPhoneCall(page);

  await debriefs.openDebriefOf(phoneCall);
  await debriefs.writeAs('Jane Doe');
  await page.getByRole('button', { name: 'Start my debrief' }).click();
  const notes = page.getByLabel('What the customer said — your notes');
  await notes.fill('Draft RFP in about three months; they want industry comments.');
  await page.reload();
  await expect(page.getByLabel('What the customer said — your notes')).toHaveValue(
    'Draft RFP in about three months; they want industry comments.',
  );
  await debriefs.chooseResult('When will the draft RFP be released?', 'Answered');
  await debriefs.submit();
  await expect(page.getByText(/When will the draft RFP be released\? — Answered/)).toBeVisible();
});

test('an attendee cannot see the other’s debrief until they submit their own', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await planPhoneCall(page);
  await debriefs.openDebriefOf(phoneCall);
  await debriefs.writeAs('Rick Yen');
  await page.getByRole('button', { name: 'Start my debrief' }).click();
  await page.getByLabel('What the customer said — your notes').fill('The contracting officer hinted at a delay.');
  await debriefs.submit();
  // Jane has not submitted: the compare screen is closed to her, and Rick's words appear nowhere.
  await debriefs.writeAs('Jane Doe');
  await page.goto(page.url() + '/compare');
  await expect(page.getByText(/Submit your own debrief first/)).toBeVisible();
  await expect(page.getByText(/hinted at a delay/)).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Debriefs side by side' })).toHaveCount(0);
});
