import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { expectNoAxeViolations } from './support/axe';
import { PlanPage } from './page-objects/plan-page';
import { inDays, shownDay, shownMonth } from './support/days';

const levelRow = (page: Page, level: string) =>
  page
    .getByRole('table', { name: /^Coverage by customer level/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: level }) });

test('coverage of the example plan: who covers each level, the uncovered levels flagged, and a held end-user contact clears its flag live', async ({
  page,
  context,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  const opportunityUrl = page.url();
  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Coverage' }).click();

  // Executive: General Jones, met a week ago by Bill Kahn and Sue Kemp — covered.
  const executive = levelRow(page, 'Executive / PEO');
  await expect(executive).toContainText('General Jones');
  await expect(executive).toContainText('Covered');
  await expect(executive.getByRole('cell').nth(5)).toHaveText(/^Bill Kahn.*Sue Kemp/);
  await expect(executive).toContainText(shownDay(-7));
  // Technical: Ms. Smith and Rob Hopp, with Jane Doe and Rick Yen (the lab demo is planned).
  const technical = levelRow(page, 'Technical');
  await expect(technical).toContainText('Ms. Smith');
  await expect(technical).toContainText('Rob Hopp');
  await expect(technical).toContainText('Jane Doe (planned) — same level');
  await expect(technical).toContainText('Rick Yen (planned) — same level');
  await expect(technical).toContainText('Planned only');
  await expect(levelRow(page, 'Contracting')).toContainText('Not contacted');

  // Evaluator and end-user levels are flagged, with the reason in words.
  const flags = page.getByRole('list', { name: 'Coverage flags' });
  await expect(flags).toContainText(
    'End user: nobody contacted. No held contact at this level — nobody at this level is known yet.',
  );
  await expect(flags).toContainText('Evaluator: nobody contacted.');
  await expect(levelRow(page, 'End user')).toContainText('Nobody known');

  // Any cell opens who and what is behind it.
  await executive.getByRole('cell').nth(3).click();
  const details = page.getByRole('dialog', { name: /^Executive \/ PEO/ });
  await expect(details.getByRole('rowheader', { name: 'General Jones — PEO' })).toBeVisible();
  await expect(details).toContainText('Bill Kahn, Sue Kemp');
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();

  // In another tab, an end user is added and met (a held contact). This tab updates by itself.
  const other = await context.newPage();
  const plan = new PlanPage(other);
  await other.goto(opportunityUrl);
  await plan.openTab('Stakeholders');
  await plan.addStakeholder({ name: 'Sgt. Kim Park', title: 'Help desk lead', level: 'End user' });
  await plan.openTab('Contact plan');
  await other.getByRole('button', { name: 'Add contact' }).click();
  await plan.fillContactDetails({
    stakeholders: ['Sgt. Kim Park'],
    attendees: ['Jane Doe', 'Rick Yen'],
    date: inDays(-2),
    where: 'Help desk, Building 2',
    why: 'Hear what users struggle with today',
  });
  await other.getByRole('form', { name: 'Contact details' }).getByLabel('Status').selectOption({ label: 'Held' });
  await plan.saveContactDetails();

  await expect(flags).not.toContainText('End user: nobody contacted');
  await expect(flags).toContainText('Evaluator: nobody contacted.');
  const endUser = levelRow(page, 'End user');
  await expect(endUser).toContainText('Sgt. Kim Park');
  await expect(endUser).toContainText(shownDay(-2));
  await expect(endUser).toContainText('Covered');
  await expect(endUser.getByRole('cell').nth(5)).toHaveText(/Jane Doe.*Rick Yen/);
});

test('both coverage views pass axe, and the charts carry their figures as text', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('figure', { name: /Relationship stage by level/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible();
  const heatMap = page.getByRole('figure', { name: /Coverage heat map/ });
  await expect(
    heatMap.getByRole('button', { name: /^Evaluator in Example: Enterprise Modernization Program: Nobody known/ }),
  ).toBeVisible();
  const perMonth = page.getByRole('figure', { name: /Contacts per month, planned and held/ });
  // The meeting of a week ago and the demo a week ahead: one month, or two when they straddle a month's end.
  const [metIn, demoIn] = [shownMonth(-7), shownMonth(7)];
  await perMonth.getByText('Contacts per month, planned and held: the figures').click();
  if (metIn === demoIn) {
    await expect(perMonth).toContainText(`2 contacts planned and 1 held, in ${metIn}.`);
    await expect(perMonth.getByRole('row', { name: `${metIn} 2 1` })).toBeVisible();
  } else {
    await expect(perMonth).toContainText(`2 contacts planned and 1 held, ${metIn} to ${demoIn}.`);
    await expect(perMonth.getByRole('row', { name: `${metIn} 1 1` })).toBeVisible();
    await expect(perMonth.getByRole('row', { name: `${demoIn} 1 0` })).toBeVisible();
  }

  // The relationship chart is history: it ends with this month, never a month still to come.
  const stages = page.getByRole('figure', { name: /Relationship stage by level/ });
  await expect(stages).toContainText(`By ${shownMonth(0)}: Executive / PEO knows us`);
  await stages.getByText('Relationship stage by level: the figures').click();
  const stageRows = stages.getByRole('row');
  await expect(stageRows.last().getByRole('rowheader')).toHaveText(shownMonth(0));
  await expect(stageRows.first().getByRole('columnheader').first()).toHaveText('Month');
  await expect(stageRows.nth(1).getByRole('rowheader')).toHaveText(metIn);
  // 31 days on is always a later month.
  await expect(stages.getByRole('rowheader', { name: shownMonth(31) })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // By keyboard: a level's button opens its details, Escape closes them and focus comes back.
  const technicalButton = page.getByRole('button', { name: 'Technical: show people and contacts' });
  await technicalButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Technical · all open opportunities' })).toContainText('Lab #14');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(technicalButton).toBeFocused();

  // A heat-map cell opens the people and contacts behind it.
  await heatMap.getByRole('button', { name: /^Technical in Example/ }).click();
  await expect(
    page.getByRole('dialog', { name: 'Technical · Example: Enterprise Modernization Program' }),
  ).toContainText('Rob Hopp — GS14 S/W Lead');
  await expectNoAxeViolations(page);
});

test('the executive brief prints one page per opportunity', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await page.goto('/coverage');
  await page.getByRole('link', { name: 'Executive brief' }).click();
  const brief = page.getByRole('article', { name: 'Example: Enterprise Modernization Program' });
  await expect(brief.getByRole('heading', { name: 'Flags' })).toBeVisible();
  await expect(brief.getByRole('heading', { name: 'Overdue action items' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // One opportunity, one page: the page tree counts exactly one.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
});
