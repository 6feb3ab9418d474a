import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent.trim() ?? '',
      tabIndex: element?.getAttribute('tabindex') ?? null,
    };
  });

test('moving to another page puts focus on its heading; the first load and a filter change do not move it', async ({
  page,
}) => {
  await page.goto('/opportunities');
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
  expect((await focused(page)).tag).toBe('body');

  // Enter on a link of the main navigation: focus lands on the new page's h1, not on the link.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Coverage' })).toBeFocused();
  expect(await focused(page)).toEqual({ tag: 'h1', text: 'Coverage', tabIndex: '-1' });
  // Tab goes on from the top of that page's content.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

  // A button that moves to another page: the opportunity's name.
  const opportunities = new OpportunitiesPage(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opportunities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeFocused();
  await opportunities.loadExamplePlan();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Example: Enterprise Modernization Program' }),
  ).toBeFocused();

  // A tab of the opportunity: the opportunity's name stays, so focus goes to the section's heading.
  await page
    .getByRole('navigation', { name: 'Opportunity sections' })
    .getByRole('link', { name: 'Stakeholders' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Stakeholders' })).toBeFocused();

  // A filter only changes the query string: focus stays in the filter.
  const level = page.getByLabel('Customer level');
  await level.focus();
  await level.selectOption({ label: 'Technical' });
  await expect(page).toHaveURL(/\?.*level=technical/);
  await expect(level).toBeFocused();

  // A page whose heading comes after its data loaded (a stakeholder's history).
  await page.getByRole('link', { name: 'Ms. Smith' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Ms. Smith — Tech Lead' })).toBeFocused();

  // Back in history counts as moving too.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Stakeholders' })).toBeFocused();
});

test('a dialog keeps focus: opening and closing one does not send focus to a heading', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await page.getByRole('button', { name: 'Delete opportunity' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete opportunity' })).toBeFocused();
});
