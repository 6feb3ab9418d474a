import { readFileSync } from 'node:fs';
import { type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';

/**
 * Two tabs on one plan (as two laptops will be once plans are shared): a save sends only what its
 * user changed, so a change saved meanwhile in the other tab is kept; the same field changed in
 * both is shown with both values and a choice. Nothing is overwritten without a word.
 */
const twoTabs = async (page: Page, context: BrowserContext) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1, name: /^Example:/ })).toBeVisible();
  return { a: new PlanPage(page), b: new PlanPage(other), other };
};

/** Types over a grid cell as a user does: select it, Enter to edit, replace the text, Enter to save. */
const typeInCell = async (page: Page, cell: Locator, text: string) => {
  await cell.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
};

const editStakeholder = async (page: Page, name: string) => {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  return page.getByRole('form', { name: `Edit ${name}` });
};

test('B’s open contact panel, stakeholder form and opportunity form, saved after A changed another field, keep A’s change', async ({
  page,
  context,
}) => {
  const { a, b, other } = await twoTabs(page, context);

  // The contact panel: B opens it, A changes Where in the grid, B changes Why and saves.
  await a.openTab('Contact plan');
  await b.openTab('Contact plan');
  await b.openDetailsOf('Ms. Smith');
  const whereCell = a.rowWith('Ms. Smith').getByRole('gridcell').nth(4);
  await typeInCell(page, whereCell, 'Building 7, room 12');
  await expect(whereCell).toHaveText('Building 7, room 12');
  await other.getByRole('form', { name: 'Contact details' }).getByLabel('Why — objective').fill('See the demo work');
  await b.saveContactDetails();
  for (const plan of [a, b]) {
    await expect(plan.rowWith('Ms. Smith').getByRole('gridcell').nth(4)).toHaveText('Building 7, room 12');
    await expect(plan.rowWith('Ms. Smith').getByRole('gridcell').nth(5)).toHaveText('See the demo work');
  }

  // The stakeholder form: B opens General Jones, A changes his title, B writes notes and saves.
  await a.openTab('Stakeholders');
  await b.openTab('Stakeholders');
  const formB = await editStakeholder(other, 'General Jones');
  const formA = await editStakeholder(page, 'General Jones');
  await formA.getByLabel('Title').fill('PEO, Enterprise Systems');
  await formA.getByRole('button', { name: 'Save changes' }).click();
  await expect(formA).toBeHidden();
  await formB.getByLabel('Notes', { exact: true }).fill('Prefers morning meetings');
  await formB.getByRole('button', { name: 'Save changes' }).click();
  await expect(formB).toBeHidden();
  const reread = await editStakeholder(page, 'General Jones');
  await expect(reread.getByLabel('Title')).toHaveValue('PEO, Enterprise Systems');
  await expect(reread.getByLabel('Notes', { exact: true })).toHaveValue('Prefers morning meetings');
  await reread.getByRole('button', { name: 'Cancel' }).click();

  // The opportunity form: B opens it, A changes the solicitation number, B writes notes and saves.
  await b.openTab('Overview');
  await other.getByRole('link', { name: 'Edit opportunity' }).click();
  const opportunityB = other.getByRole('form', { name: 'Edit opportunity' });
  await expect(opportunityB).toBeVisible();
  await a.openTab('Overview');
  await page.getByRole('link', { name: 'Edit opportunity' }).click();
  await page.getByLabel('Solicitation number').fill('W52P1J-27-R-0099');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('form', { name: 'Edit opportunity' })).toBeHidden();
  await opportunityB.getByLabel('Notes').fill('Incumbent contract ends next year');
  await opportunityB.getByRole('button', { name: 'Save changes' }).click();
  await expect(opportunityB).toBeHidden();
  await page.getByRole('link', { name: 'Edit opportunity' }).click();
  await expect(page.getByLabel('Solicitation number')).toHaveValue('W52P1J-27-R-0099');
  await expect(page.getByLabel('Notes')).toHaveValue('Incumbent contract ends next year');
});

test('the same field changed in both tabs shows the two values and asks which to keep', async ({ page, context }) => {
  const { a, b, other } = await twoTabs(page, context);
  await a.openTab('Stakeholders');
  await b.openTab('Stakeholders');
  const formB = await editStakeholder(other, 'Ms. Smith');
  const formA = await editStakeholder(page, 'Ms. Smith');
  await formA.getByLabel('Title').fill('Chief Engineer');
  await formA.getByRole('button', { name: 'Save changes' }).click();
  await expect(formA).toBeHidden();

  await formB.getByLabel('Title').fill('Technical Director');
  await formB.getByRole('button', { name: 'Save changes' }).click();
  const conflict = formB.getByRole('alert').filter({ hasText: 'Changed elsewhere while you were editing' });
  await expect(conflict).toBeVisible();
  const title = conflict.getByRole('group', { name: 'Title' });
  await expect(title.getByLabel('Keep yours: Technical Director')).toBeChecked();
  await expect(title.getByLabel('Keep the one saved meanwhile: Chief Engineer')).not.toBeChecked();
  await title.getByLabel('Keep the one saved meanwhile: Chief Engineer').check();
  await conflict.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(formB).toBeHidden();
  await expect(other.getByRole('row').filter({ hasText: 'Ms. Smith' })).toContainText('Chief Engineer');
});

test('two grid editors on one cell: the second is shown the first one’s value, not saved over it', async ({
  page,
  context,
}) => {
  const { a, b, other } = await twoTabs(page, context);
  await a.openTab('Contact plan');
  await b.openTab('Contact plan');
  // B starts editing Where; A saves a new Where first.
  await b.rowWith('Ms. Smith').getByRole('gridcell').nth(4).click();
  await other.keyboard.press('Enter');
  const whereA = a.rowWith('Ms. Smith').getByRole('gridcell').nth(4);
  await typeInCell(page, whereA, 'Building 7');
  await expect(whereA).toHaveText('Building 7');

  await other.keyboard.press('ControlOrMeta+a');
  await other.keyboard.type('Building 9');
  await other.keyboard.press('Enter');
  const conflict = other.getByRole('alert').filter({ hasText: 'Changed elsewhere while you were editing' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByLabel('Keep yours: Building 9')).toBeVisible();
  await expect(conflict.getByLabel('Keep the one saved meanwhile: Building 7')).toBeVisible();
  await conflict.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(conflict).toBeHidden();
  await expect(whereA).toHaveText('Building 9');
});

test('Undo of an import that linked a known person keeps an edit made to them in another tab', async ({
  page,
  context,
}) => {
  const { b, other } = await twoTabs(page, context);
  // A imports the seed plan as a new pursuit: its people are matched to the example's, and linked.
  await new OpportunitiesPage(page).open();
  await page.getByRole('link', { name: 'Import spreadsheet' }).click();
  await page.getByLabel('Choose a spreadsheet').setInputFiles({
    name: 'seed-contact-plan.csv',
    mimeType: 'text/csv',
    buffer: readFileSync('fixtures/seed-contact-plan.csv'),
  });
  await page.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(page.getByText('0 stakeholders created, 3 matched to known ones')).toBeVisible();

  // B edits General Jones meanwhile.
  await b.openTab('Stakeholders');
  const form = await editStakeholder(other, 'General Jones');
  await form.getByLabel('Notes', { exact: true }).fill('Met at AUSA; follow up on the budget');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('heading', { name: 'Import undone' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Kept after Undo' })).toContainText(
    'stakeholder General Jones: changed since the import: their edits stay',
  );

  await other.reload();
  const reread = await editStakeholder(other, 'General Jones');
  await expect(reread.getByLabel('Notes', { exact: true })).toHaveValue('Met at AUSA; follow up on the budget');
  await new OpportunitiesPage(page).open();
  await expect(page.getByRole('link', { name: 'Imported contact plan' })).toHaveCount(0);
});
