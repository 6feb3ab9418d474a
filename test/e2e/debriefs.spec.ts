import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
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

test('the example’s two submitted debriefs disagree; every point is decided before the outcome is saved, which then shows each result, moves a stage and creates a follow-up', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  const plan = new PlanPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();

  // Bill Kahn and Sue Kemp have both submitted: the comparison is open at once.
  await debriefs.openCompareOf(pentagon);
  const strategy = debriefs.comparedRow('What is the acquisition strategy?');
  await expect(strategy).toContainText('Disagree: different results');
  await expect(strategy).toContainText('Answered: Single-award IDIQ');
  await expect(strategy).toContainText('Partly answered: Probably single award');
  await expect(debriefs.comparedRow('opinion of our company')).toContainText('Disagree: different results');
  // Both told the commitment message, but heard different reactions: that is no agreement either.
  const commitment = debriefs.comparedRow('Express corporate commitment');
  await expect(commitment).toContainText('Same result, different notes');
  await expect(commitment).toContainText('Delivered: Nodded; asked for the investment figures in writing.');
  await expect(commitment).toContainText('Delivered: Interested in the investment to date.');
  await expect(debriefs.compareStatus).toHaveText('2 submitted debriefs (Bill Kahn, Sue Kemp) · 4 points to agree on');

  // Nothing decided yet: recording is refused, naming every point.
  await debriefs.recordOutcome();
  await expect(debriefs.mergeProblems).toContainText(
    'Decide the agreed result of “What is the acquisition strategy?”, “What is its opinion of our company’s performance?” and “Express corporate commitment to this program and investment to date”',
  );
  await expect(debriefs.mergeProblems).toContainText('Choose the relationship stage of General Jones');
  await expect(page.getByText('Outcome recorded.')).toHaveCount(0);

  // Decide: Bill's strategy, an agreed reading of our performance, Sue's reaction; General Jones likes us.
  await debriefs.takeVersion('What is the acquisition strategy?', 'Bill Kahn');
  await debriefs.writeAgreed(
    'What is its opinion of our company’s performance?',
    'Partly answered',
    'Satisfied overall; the late delivery still rankles.',
  );
  await debriefs.takeVersion('Express corporate commitment', 'Sue Kemp');
  const merge = debriefs.mergeForm;
  await merge.getByLabel(/^General Jones/).selectOption({ label: 'Likes us' });
  await merge.getByLabel('Summary').fill('Single award; we must repair the late-delivery story.');
  await merge.getByRole('button', { name: 'Add action item' }).click();
  await merge.getByLabel('Outcome action item 1', { exact: true }).fill('Send General Jones the KPI white paper');
  await merge.getByLabel('Outcome action item 1 owner').selectOption({ label: 'Sue Kemp' });
  await merge.getByLabel('Outcome action item 1 due').fill(inDays(3));
  await debriefs.recordOutcome();
  await expect(page.getByText('Outcome recorded.')).toBeVisible();

  // The outcome shows every item's agreed result with what was learned, the stage change and the follow-up.
  await expect(debriefs.agreedResult('What is the acquisition strategy?')).toHaveText([
    'Answered',
    'Single-award IDIQ, full and open; draft RFP expected in about three months.',
  ]);
  await expect(debriefs.agreedResult('opinion of our company')).toHaveText([
    'Partly answered',
    'Satisfied overall; the late delivery still rankles.',
  ]);
  await expect(debriefs.agreedResult('Express corporate commitment')).toHaveText([
    'Delivered',
    'Interested in the investment to date.',
  ]);
  await expect(page.getByText('General Jones: Knows us → Likes us')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Action items created' })).toContainText(
    `Send General Jones the KPI white paper — Sue Kemp, due ${shownDay(3)}`,
  );
  await expect(page.getByText('Single award; we must repair the late-delivery story.')).toBeVisible();

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

test('the outcome waits for every attendee: Compare names who has not submitted, and recording is refused until they do', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await planPhoneCall(page);
  await debriefs.writeAndSubmit(phoneCall, 'Rick Yen', [
    { item: 'When will the draft RFP be released?', result: 'Answered', note: 'In about three months.' },
  ]);

  await debriefs.openCompareOf(phoneCall);
  await expect(debriefs.compareStatus).toHaveText(
    '1 submitted debrief (Rick Yen) · waiting for Jane Doe · no points to agree on',
  );
  const row = debriefs.comparedRow('When will the draft RFP be released?');
  await expect(row).toContainText('Answered: In about three months.');
  await expect(row).toContainText('Not submitted yet');
  // One account is no agreement: the row waits for Jane Doe and never says "Agree".
  await expect(row.getByRole('cell').last()).toHaveText('Waiting for Jane Doe');
  await expect(debriefs.comparison.getByRole('cell', { name: 'Agree', exact: true })).toHaveCount(0);

  await debriefs.recordOutcome();
  await expect(debriefs.mergeProblems).toContainText(
    'Jane Doe has not submitted a debrief yet. Wait for it, or record the outcome without Jane Doe and say why.',
  );
  await expect(page.getByText('Outcome recorded.')).toHaveCount(0);

  // Jane Doe submits hers (she heard the same): now the two accounts agree and the outcome records.
  await debriefs.writeAndSubmit(phoneCall, 'Jane Doe', [
    { item: 'When will the draft RFP be released?', result: 'Answered', note: 'in about three months. ' },
  ]);
  await debriefs.openCompareOf(phoneCall);
  await expect(debriefs.compareStatus).toHaveText('2 submitted debriefs (Jane Doe, Rick Yen) · no points to agree on');
  await expect(debriefs.comparedRow('When will the draft RFP be released?').getByRole('cell').last()).toHaveText(
    'Agree',
  );
  await expect(debriefs.mergeForm.getByText('Debriefs not submitted')).toHaveCount(0);
  await debriefs.recordOutcome();
  await expect(page.getByText('Outcome recorded.')).toBeVisible();
  // The same note (capitals and spacing aside) is kept once, as the first attendee wrote it.
  await expect(debriefs.agreedResult('When will the draft RFP be released?')).toHaveText([
    'Answered',
    'in about three months.',
  ]);
});

test('recording without an attendee needs a reason, which is kept and shown with the outcome', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  const debriefs = new DebriefsPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await planPhoneCall(page);
  await debriefs.writeAndSubmit(phoneCall, 'Rick Yen', [
    { item: 'When will the draft RFP be released?', result: 'Partly answered', note: 'Not before spring.' },
  ]);
  await debriefs.openCompareOf(phoneCall);

  await debriefs.mergeForm.getByLabel('Record without Jane Doe').check();
  await debriefs.recordOutcome();
  await expect(debriefs.mergeProblems).toHaveText(/Say why the outcome is recorded without Jane Doe\./);
  await debriefs.recordWithout('Jane Doe', 'Jane is on leave until next week; Rick took the notes of the call.');
  await debriefs.recordOutcome();
  await expect(page.getByText('Outcome recorded.')).toBeVisible();
  await expect(
    page.getByText(
      'Recorded without Jane Doe’s debrief. Why: Jane is on leave until next week; Rick took the notes of the call.',
    ),
  ).toBeVisible();
  await expect(debriefs.agreedResult('When will the draft RFP be released?')).toHaveText([
    'Partly answered',
    'Not before spring.',
  ]);

  // The Debriefs tab says so too; Reopen and amend keeps the reason.
  await page.getByRole('link', { name: 'Back to Debriefs' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`^${phoneCall}`) })).toContainText('Recorded without Jane Doe');
  await debriefs.openCompareOf(phoneCall);
  await page.getByRole('button', { name: 'Reopen and amend' }).click();
  await expect(debriefs.mergeForm.getByLabel('Record without Jane Doe')).toBeChecked();
  await expect(debriefs.mergeForm.getByLabel('Why without Jane Doe?', { exact: false })).toHaveValue(
    'Jane is on leave until next week; Rick took the notes of the call.',
  );
  await debriefs.mergeForm.getByLabel('Summary').fill('Spring at the earliest.');
  await debriefs.mergeForm.getByRole('button', { name: 'Save amended outcome' }).click();
  await expect(page.getByText('Spring at the earliest.')).toBeVisible();
  await expect(page.getByText(/Recorded without Jane Doe’s debrief/)).toBeVisible();
});
