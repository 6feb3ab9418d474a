import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';

test('a first-time user sees what to do next', async ({ page }) => {
  await new OpportunitiesPage(page).open();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New opportunity' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load example plan' })).toBeVisible();
});

test('creates an opportunity, reloads, and finds it', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.createOpportunity({
    name: 'Next-generation logistics system',
    customer: 'Army Contracting Command',
    solicitation: 'W52P1J-27-R-0042',
    draftRfp: '2099-03-01',
    finalRfp: '2099-05-01',
    proposalDue: '2099-06-15',
  });
  // The quiet period defaulted to the draft RFP date.
  await expect(page.getByText('Mar 1, 2099 (from the RFP dates)')).toBeVisible();
  await expect(page.getByText(/days until the quiet period starts/)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Next-generation logistics system' })).toBeVisible();
  await expect(page.getByText('Customer: Army Contracting Command')).toBeVisible();
  await opportunities.open();
  await expect(opportunities.row('Next-generation logistics system')).toContainText('W52P1J-27-R-0042');
  await expect(opportunities.row('Next-generation logistics system')).toContainText('Mar 1, 2099');
});

test('edits an opportunity', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.createOpportunity({ name: 'Cloud migration', customer: 'Navy NAVWAR' });
  await page.getByRole('link', { name: 'Edit opportunity' }).click();
  await page.getByLabel('Name').fill('Cloud migration, phase 2');
  await page.getByLabel('Stage').selectOption({ label: '4 · Proposal planning' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cloud migration, phase 2' })).toBeVisible();
  await expect(page.getByText('Stage: 4 · Proposal planning')).toBeVisible();
});

test('the form explains what is missing and saves nothing', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.startNewOpportunity();
  await page.getByLabel('Draft RFP').fill('2099-05-01');
  await page.getByLabel('Final RFP').fill('2099-03-01');
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(page.getByText('Enter a name for the pursuit.')).toBeVisible();
  await expect(page.getByText('Pick the customer organization or type a new one.')).toBeVisible();
  await expect(page.getByText('The final RFP cannot come before the draft RFP.')).toBeVisible();
  await expect(page.getByLabel('Name')).toBeFocused();
  await opportunities.open();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
});

test('deletes an opportunity after confirmation, and Undo restores it', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await page.getByRole('button', { name: 'Delete opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: /Delete “Example: Enterprise Modernization Program”\?/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
  await expect(page.getByText('Deleted “Example: Enterprise Modernization Program”')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(opportunities.row('Example: Enterprise Modernization Program')).toBeVisible();
  await page.getByRole('link', { name: 'Example: Enterprise Modernization Program' }).click();
  // Everything under it came back too.
  await expect(page.getByRole('listitem').filter({ hasText: 'contacts' })).toHaveText(/^2\s*contacts$/);
  await expect(page.getByRole('listitem').filter({ hasText: 'open action items' })).toHaveText(
    /^2\s*open action items$/,
  );
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'stakeholders' })).toHaveText(/^4\s*stakeholders$/);
});

test('cancelling the delete keeps the opportunity', async ({ page }) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await page.getByRole('button', { name: 'Delete opportunity' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Example: Enterprise Modernization Program' }),
  ).toBeVisible();
});
