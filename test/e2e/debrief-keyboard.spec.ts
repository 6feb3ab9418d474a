import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';
import { inDays } from './support/days';

const focusedText = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return '';
    return (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent).trim();
  });

const tabUntil = async (page: Page, matches: (name: string) => boolean) => {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focusedText(page))) return;
  }
  throw new Error('Could not reach the control with Tab');
};

test('by keyboard alone: choose who you are, write a debrief, record results, and submit it', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  // A call held two days ago (the example's meeting has both its debriefs already).
  await new PlanPage(page).addHeldContact({
    stakeholders: ['Pat Lee'],
    attendees: ['Jane Doe', 'Rick Yen'],
    asks: ['When will the draft RFP be released?'],
    date: inDays(-2),
  });

  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Debriefs' }).focus();
  await page.keyboard.press('Enter');
  await tabUntil(page, (name) => name.startsWith('Write debrief: Pat Lee'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'My debrief' })).toBeVisible();

  await tabUntil(page, (name) => name === 'Writing as');
  // Choosing in a select by keyboard: the first attendee by name, Jane Doe.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Writing as')).toHaveValue(/.+/);
  await tabUntil(page, (name) => name === 'Start my debrief');
  await page.keyboard.press('Enter');
  await tabUntil(page, (name) => name === 'What the customer said — your notes');
  await page.keyboard.type('She expects the draft RFP in about three months.');
  // Arrow keys move within a radio group: Answered → Partly answered.
  await tabUntil(page, (name) => name === 'Answered');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('group', { name: /When will the draft RFP be released/ }).getByLabel('Partly answered'),
  ).toBeChecked();
  await tabUntil(page, (name) => name === 'Submit debrief');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Your submitted debrief' })).toBeVisible();
  await expect(page.getByText(/She expects the draft RFP in about three months\./)).toBeVisible();
  await expect(page.getByText(/When will the draft RFP be released\? — Partly answered/)).toBeVisible();
});

test('by keyboard alone: settle each point the debriefs differ on, choose the stage and record the outcome', async ({
  page,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Debriefs' }).focus();
  await page.keyboard.press('Enter');
  await tabUntil(page, (name) => name.startsWith('Compare and merge: General Jones'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Debriefs side by side' })).toBeVisible();
  const merge = page.getByRole('form', { name: 'Merge into the outcome' });
  const strategy = merge.getByRole('group', { name: /What is the acquisition strategy/ });
  const opinion = merge.getByRole('group', { name: /What is its opinion/ });
  const commitment = merge.getByRole('group', { name: /Express corporate commitment/ });

  // The strategy: Bill Kahn's version, taken with the space bar; its result follows the buttons.
  await tabUntil(page, (name) => name === 'Take Bill Kahn’s version');
  await page.keyboard.press('Space');
  await expect(strategy.getByRole('button', { name: 'Take Bill Kahn’s version' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tabUntil(page, (name) => name === 'Agreed result');
  await expect(strategy.getByLabel('Agreed result')).toBeFocused();
  await expect(strategy.getByLabel('Agreed result')).toHaveValue('answered');

  // Our performance: the team writes the agreed result.
  await tabUntil(page, (name) => name === 'Write the agreed result');
  await page.keyboard.press('Enter');
  await expect(opinion.getByRole('button', { name: 'Write the agreed result' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tabUntil(page, (name) => name === 'Agreed result');
  await page.keyboard.press('ArrowDown');
  await expect(opinion.getByLabel('Agreed result')).toHaveValue('answered');
  await tabUntil(page, (name) => name === 'What we learned');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Satisfied, but the late delivery still rankles.');

  // The commitment message: Sue Kemp's reaction.
  await tabUntil(page, (name) => name === 'Take Sue Kemp’s version');
  await page.keyboard.press('Enter');
  await expect(commitment.getByLabel('Their reaction')).toHaveValue('Interested in the investment to date.');

  // General Jones: the debriefs differ, so a stage must be chosen (Unknown, Knows us, Likes us).
  await tabUntil(page, (name) => name.startsWith('General Jones'));
  for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowDown');
  await expect(merge.getByLabel(/^General Jones/)).toHaveValue('likes-us');
  await tabUntil(page, (name) => name === 'Record outcome');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Outcome recorded.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Agreed results' }).getByRole('row', { name: /What is its opinion/ }),
  ).toContainText('Satisfied, but the late delivery still rankles.');
});
