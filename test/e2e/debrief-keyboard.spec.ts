import { expect, test, type Page } from '@playwright/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';

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
  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Debriefs' }).focus();
  await page.keyboard.press('Enter');
  await tabUntil(page, (name) => name.startsWith('Write debrief: General Jones'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'My debrief' })).toBeVisible();

  await tabUntil(page, (name) => name === 'Writing as');
  // Choosing in a select by keyboard: the first attendee, Bill Kahn.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Writing as')).toHaveValue(/.+/);
  await tabUntil(page, (name) => name === 'What the customer said — your notes');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' He wants a demo for his deputy.');
  // Arrow keys move within a radio group: Answered → Partly answered.
  await tabUntil(page, (name) => name === 'Answered');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('group', { name: /What is the acquisition strategy/ }).getByLabel('Partly answered'),
  ).toBeChecked();
  await tabUntil(page, (name) => name === 'Submit debrief');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'Your submitted debrief' })).toBeVisible();
  await expect(page.getByText(/He wants a demo for his deputy\./)).toBeVisible();
  await expect(page.getByText(/What is the acquisition strategy\? — Partly answered/)).toBeVisible();
});
