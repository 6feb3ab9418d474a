import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';

test('by keyboard alone: move through the grid, edit a cell, cancel an edit, and add a row', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  const plan = new PlanPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await plan.openTab('Contact plan');
  await expect(plan.gridRows).toHaveCount(2);

  // Tab from the Delete contact button … into the grid: the first cell takes focus.
  await page.getByRole('button', { name: 'Delete contact' }).focus();
  for (let presses = 0; presses < 40; presses += 1) {
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'gridcell')) break;
    await page.keyboard.press('Tab');
  }
  const firstRowCells = plan.gridRows.first().getByRole('gridcell');
  await expect(firstRowCells.nth(0)).toBeFocused();

  // → → → → lands on Where; typing replaces nothing but starts the edit with what was typed.
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');
  await expect(firstRowCells.nth(4)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' (badge at the River entrance)');
  await page.keyboard.press('Enter');
  await expect(firstRowCells.nth(4)).toHaveText('Pentagon, Room A410 (badge at the River entrance)');
  // Enter moved down a row, as in Excel.
  await expect(plan.gridRows.nth(1).getByRole('gridcell').nth(4)).toBeFocused();

  // Escape cancels an edit.
  await page.keyboard.type('Nowhere');
  await page.keyboard.press('Escape');
  await expect(plan.gridRows.nth(1).getByRole('gridcell').nth(4)).toHaveText('Our Company, Lab #14');
  await expect(plan.gridRows.nth(1).getByRole('gridcell').nth(4)).toBeFocused();

  // Tab moves on within the row: Where → Why → How, then type the method.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Live demonstration');
  await page.keyboard.press('Tab');
  await expect(plan.gridRows.nth(1).getByRole('gridcell').nth(6)).toHaveText('Live demonstration');
  await expect(plan.gridRows.nth(1).getByRole('gridcell').nth(7)).toBeFocused();

  // Status is edited with a list: Enter opens it, arrows choose, Enter saves. (Held would be refused:
  // this meeting is next week.)
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(plan.gridRows.nth(1).getByRole('gridcell').nth(7)).toHaveText('Cancelled');

  // Add a row by keyboard: Shift+Tab out of the grid to the toolbar, press Add contact, fill the panel.
  await page.getByRole('button', { name: 'Add contact' }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Contact details' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('group', { name: 'Who — customer people' }).getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space'); // the first customer person
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'Add ask')) break;
  }
  await page.keyboard.press('Enter');
  await page.keyboard.type('Who else evaluates the proposals?');
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'Save contact')) break;
  }
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(plan.gridRows).toHaveCount(3);
  await expect(plan.grid).toContainText('Ask: Who else evaluates the proposals?');
});
