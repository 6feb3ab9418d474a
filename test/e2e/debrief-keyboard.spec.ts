import { expect, test, type Page } from '@playwright/test';
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
