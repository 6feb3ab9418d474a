import { expect, test } from './support/test';

test('the New opportunity form can be filled and saved by keyboard alone', async ({ page }) => {
  await page.goto('/opportunities');
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();

  // From the top of the page: skip link, then the main navigation, then the page's own controls.
  const focusedName = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return '';
      const labels = (element as HTMLInputElement).labels;
      return (element.getAttribute('aria-label') ?? labels?.[0]?.textContent ?? element.textContent).trim();
    });
  const tabTo = async (name: string | RegExp) => {
    for (let presses = 0; presses < 40; presses += 1) {
      await page.keyboard.press('Tab');
      const accessibleName = await focusedName();
      if (typeof name === 'string' ? accessibleName === name : name.test(accessibleName)) return;
    }
    throw new Error(`Could not reach “${String(name)}” with Tab`);
  };

  await tabTo('New opportunity');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New opportunity' })).toBeVisible();

  await tabTo(/^Name/);
  await page.keyboard.type('Keyboard-only pursuit');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Defense Logistics Agency');
  await page.keyboard.press('Tab');
  await page.keyboard.type('SP4701-27-R-0001');
  await page.keyboard.press('Tab'); // Stage
  await page.keyboard.press('ArrowDown'); // 2 · Opportunity assessment
  await page.keyboard.press('Tab'); // Draft RFP: month, day, year segments
  await page.keyboard.type('04012099');
  await expect(page.getByLabel('Draft RFP')).toHaveValue('2099-04-01');
  await expect(page.getByLabel('Quiet period starts')).toHaveValue('2099-04-01');

  await tabTo('Create opportunity');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard-only pursuit' })).toBeVisible();
  await expect(page.getByText('Stage: 2 · Opportunity assessment')).toBeVisible();
  await expect(page.getByText('Customer: Defense Logistics Agency')).toBeVisible();
  await expect(page.getByText('Apr 1, 2099 (from the RFP dates)')).toBeVisible();
});
