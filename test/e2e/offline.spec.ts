import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';
import { expectNoAxeViolations } from './support/axe';
import { serveCopyOfBuild } from './support/static-server';
import { inDays } from './support/days';

/** After the first visit the service worker has cached the app; a reload puts the page under its control. */
const waitForServiceWorker = async (page: Page) => {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
};

test('with no network after the first visit: reload, create a contact, reload, and it is there', async ({
  page,
  context,
}) => {
  const opportunities = new OpportunitiesPage(page);
  const plan = new PlanPage(page);
  await opportunities.open();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
  await opportunities.loadExamplePlan();
  await plan.openTab('Contact plan');
  await plan.addContact({
    stakeholders: ['Rob Hopp'],
    attendees: ['Jane Doe', 'Rick Yen'],
    date: inDays(21),
    where: 'Secure facility lobby',
    why: 'Walk through the test plan',
  });
  await expect(plan.rowWith('Secure facility lobby')).toBeVisible();

  await page.reload();
  await expect(plan.rowWith('Secure facility lobby')).toContainText('Rob Hopp');
  // Screens loaded on demand (the charts, the import worker) come from the cache too.
  await page.getByRole('navigation', { name: 'Opportunity sections' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('figure', { name: /Contacts per month/ })).toContainText('3 contacts planned and 1 held');
  await page.goto('/import');
  await page.getByLabel('Choose a spreadsheet').setInputFiles({
    name: 'plan.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Who,When\nGeneral Jones — PEO,7/23/14\n'),
  });
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeVisible();
});

test('a new version waits while a form is half filled, and reloads only when the user accepts', async ({ browser }) => {
  const build = await serveCopyOfBuild();
  const context = await browser.newContext({ baseURL: build.url });
  const page = await context.newPage();
  try {
    await page.goto('/opportunities/new');
    await waitForServiceWorker(page);
    await page.getByLabel('Name').fill('Half-typed pursuit');
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const isSameDocument = () =>
      page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);

    // Publish a new version: a changed service worker, found by the browser's next update check.
    const swPath = join(build.root, 'sw.js');
    writeFileSync(swPath, `${readFileSync(swPath, 'utf8')}\n// next release\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });

    const prompt = page.getByRole('region', { name: 'Update available' });
    await expect(prompt).toBeVisible();
    await expectNoAxeViolations(page);
    await page.waitForTimeout(1000);
    expect(await isSameDocument()).toBe(true);
    await expect(page.getByLabel('Name')).toHaveValue('Half-typed pursuit');

    // The form is named before anything is thrown away.
    await prompt.getByRole('button', { name: 'Update now' }).click();
    await expect(prompt.getByRole('alert')).toContainText('Not saved yet: “Opportunity”');
    expect(await isSameDocument()).toBe(true);
    await expect(page.getByLabel('Name')).toHaveValue('Half-typed pursuit');

    // Accepting switches to the new version.
    page.on('dialog', (dialog) => void dialog.accept()); // the browser's own "leave page?" for the unsaved form
    await prompt.getByRole('button', { name: 'Update anyway' }).click();
    await page.waitForFunction(() => (window as unknown as { sameDocument?: boolean }).sameDocument !== true);
    await expect(page.getByRole('heading', { level: 1, name: 'New opportunity' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Update available' })).toBeHidden();
  } finally {
    await context.close();
    await build.close();
  }
});
