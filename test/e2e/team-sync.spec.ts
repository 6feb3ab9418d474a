import { type Browser, type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';
import { expectNoAxeViolations } from './support/axe';
import { sharePanel, signIn } from './support/team-sync';
import { addTeammate, startTeamServer, type TestTeamServer } from '../support/team-server';

/**
 * Two teammates, two browser contexts (two laptops: their own IndexedDB, their own session
 * cookie), one team server the test starts on a free loopback port and stops.
 */
const EXAMPLE = 'Example: Enterprise Modernization Program';
let server: TestTeamServer;

test.beforeAll(async ({ baseURL }) => {
  server = await startTeamServer([String(baseURL)]);
  await addTeammate(server, 'ann', 'ann-secret');
  await addTeammate(server, 'bob', 'bob-secret');
});
test.afterAll(async () => {
  await server.stop();
});

/** Ann loads the example and shares it; Bob opens it from "Shared pursuits available to you". */
const shareExample = async (a: Page, browser: Browser, baseURL: string) => {
  await signIn(a, server.url, 'ann', 'ann-secret');
  const opportunities = new OpportunitiesPage(a);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await sharePanel(a).getByRole('button', { name: 'Share with the team' }).click();
  await expect(sharePanel(a).getByRole('status')).toHaveText('Up to date', { timeout: 20_000 });

  const contextB = await browser.newContext({ baseURL });
  const b = await contextB.newPage();
  await signIn(b, server.url, 'bob', 'bob-secret');
  await b.goto('/opportunities');
  const available = b.getByRole('region', { name: 'Shared pursuits available to you' });
  await available.getByRole('button', { name: `Open ${EXAMPLE}` }).click();
  await b.getByRole('link', { name: EXAMPLE }).click();
  await expect(b.getByRole('heading', { level: 1, name: EXAMPLE })).toBeVisible();
  await expect(sharePanel(b).getByRole('status')).toHaveText('Up to date', { timeout: 20_000 });
  return { b, contextB };
};

const gridText = (page: Page) => new PlanPage(page).grid;

const setWhere = async (page: Page, rowText: string, where: string) => {
  const plan = new PlanPage(page);
  await plan.openDetailsOf(rowText);
  await page.getByRole('form', { name: 'Contact details' }).getByLabel('Where').fill(where);
  await plan.saveContactDetails();
};

test('two teammates: a contact made by one reaches the other; edits made offline on both converge, the losing one is a conflict both see, and choosing clears it on both', async ({
  page: a,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { b, contextB } = await shareExample(a, browser, String(baseURL));
  const planA = new PlanPage(a);
  const planB = new PlanPage(b);

  await planA.openTab('Contact plan');
  await planA.addContact({
    stakeholders: ['Rob Hopp'],
    attendees: ['Jane Doe', 'Rick Yen'],
    where: 'Room 101',
    asks: ['What keeps the PMO up at night?'],
  });
  await planB.openTab('Contact plan');
  await expect(gridText(b)).toContainText('Room 101', { timeout: 15_000 });

  // Both laptops offline: each edits the same contact's Where, and each adds a contact.
  await a.context().setOffline(true);
  await contextB.setOffline(true);
  await expect(a.getByRole('banner').getByRole('status')).toContainText('Offline', { timeout: 15_000 });
  await setWhere(a, 'Room 101', 'Ann’s room');
  await setWhere(b, 'Room 101', 'Bob’s room');
  await planA.addContact({ stakeholders: ['Rob Hopp'], attendees: ['Jane Doe', 'Rick Yen'], where: 'Added by Ann' });
  await planB.addContact({ stakeholders: ['Rob Hopp'], attendees: ['Jane Doe', 'Rick Yen'], where: 'Added by Bob' });
  await expect(a.getByRole('banner').getByRole('status')).toContainText('2 changes waiting');

  await a.context().setOffline(false);
  await contextB.setOffline(false);
  for (const page of [a, b]) {
    await expect(gridText(page)).toContainText('Added by Ann', { timeout: 20_000 });
    await expect(gridText(page)).toContainText('Added by Bob', { timeout: 20_000 });
  }
  // Both show the same winner, and both list the loser.
  const winnerOf = async (page: Page) =>
    (await gridText(page).textContent())?.includes('Ann’s room') ? 'Ann’s room' : 'Bob’s room';
  await expect.poll(async () => (await winnerOf(a)) === (await winnerOf(b)), { timeout: 20_000 }).toBe(true);
  for (const page of [a, b]) {
    await expect(page.getByRole('banner').getByRole('link', { name: '1 conflict or problem' })).toBeVisible({
      timeout: 20_000,
    });
  }

  await a.getByRole('banner').getByRole('link', { name: '1 conflict or problem' }).click();
  const versions = a.getByRole('table', { name: /^Two versions of Contact/ });
  await expect(versions.getByRole('row', { name: /^Where/ })).toContainText('Ann’s room');
  await expect(versions.getByRole('row', { name: /^Where/ })).toContainText('Bob’s room');
  await expect(versions.getByRole('columnheader', { name: 'Yours' })).toBeVisible();
  await expect(versions.getByRole('columnheader', { name: 'Theirs' })).toBeVisible();
  await expectNoAxeViolations(a);
  if (process.env.SCREENSHOTS) {
    await a.setViewportSize({ width: 1366, height: 768 });
    await a.screenshot({ path: `${process.env.SCREENSHOTS}/conflicts.png`, fullPage: true });
    await b.setViewportSize({ width: 1366, height: 768 });
    await b.screenshot({ path: `${process.env.SCREENSHOTS}/grid-b.png` });
    await b.goto('/settings');
    await b.screenshot({ path: `${process.env.SCREENSHOTS}/settings-b.png` });
    await expectNoAxeViolations(b);
    await b.goBack();
  }
  await a.getByRole('button', { name: 'Keep yours' }).click();
  await expect(a.getByText('No conflicts and no problems')).toBeVisible();

  for (const page of [a, b]) {
    await expect(page.getByRole('banner').getByRole('link', { name: /conflict/ })).toHaveCount(0, { timeout: 20_000 });
  }
  await expect(gridText(b)).toContainText('Ann’s room', { timeout: 20_000 });
  await a.goBack();
  await expect(gridText(a)).toContainText('Ann’s room');
  await contextB.close();
});
