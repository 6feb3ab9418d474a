import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { PlanPage } from './page-objects/plan-page';
import { putCopies, readAllTables } from './support/database';
import { addTeammate, adminHeaders, startTeamServer, type TestTeamServer } from '../support/team-server';
import { sharePanel, signIn } from './support/team-sync';

const EXAMPLE = 'Example: Enterprise Modernization Program';
const header = (page: Page) => page.getByRole('banner').getByRole('status');

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

type ServerDocument = { _id: string; _conflicts?: string[]; record: Record<string, unknown> };
const contactsOnServer = async (server: TestTeamServer, database: string) => {
  const response = await fetch(
    `${server.url}/${database}/_all_docs?include_docs=true&conflicts=true&startkey=%22contacts:%22&endkey=%22contacts:%EF%BF%BF%22`,
    { headers: adminHeaders(server) },
  );
  if (!response.ok) return [];
  return ((await response.json()) as { rows: { doc: ServerDocument }[] }).rows.map((row) => row.doc);
};

const shareFrom = async (page: Page) => {
  await sharePanel(page).getByRole('button', { name: 'Share with the team' }).click();
};

test('the server stops in the middle of a push of 1,000 contacts and comes back: every contact is on it exactly once', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'team-server-restart-'));
  const keep = { dir, port: await freePort() };
  let server = await startTeamServer([String(baseURL)], keep);
  try {
    await addTeammate(server, 'ann', 'ann-secret');
    await signIn(page, server.url, 'ann', 'ann-secret');
    const opportunities = new OpportunitiesPage(page);
    await opportunities.open();
    await opportunities.loadExamplePlan();
    const opportunityId = page.url().split('/opportunities/')[1] ?? '';
    const database = `opp-${opportunityId}`;
    const [template] = (await readAllTables(page)).contacts as Record<string, unknown>[];
    await putCopies(page, 'contacts', template ?? {}, 1000);
    await page.reload();

    // A slow network: each batch of the push takes a while, so the server can stop in the middle.
    await page.route(`${server.url}/${database}/_bulk_docs`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue().catch(() => undefined);
    });
    await shareFrom(page);
    await expect
      .poll(async () => (await contactsOnServer(server, database)).length, { timeout: 60_000, intervals: [100] })
      .toBeGreaterThan(0);
    const onServerAtStop = (await contactsOnServer(server, database)).length;
    await server.stop();
    expect(onServerAtStop).toBeLessThan(1000); // stopped in the middle of the push

    await expect(header(page)).toContainText('Team server unreachable', { timeout: 30_000 });
    await expect(header(page)).toContainText('changes waiting to be sent');
    await page.unroute(`${server.url}/${database}/_bulk_docs`);

    server = await startTeamServer([String(baseURL)], keep);
    await expect(header(page)).toHaveText('Up to date', { timeout: 90_000 });

    const local = ((await readAllTables(page)).contacts as Record<string, unknown>[]).sort((a, b) =>
      String(a.id).localeCompare(String(b.id)),
    );
    const remote = await contactsOnServer(server, database);
    expect(local.length).toBeGreaterThan(1000);
    expect(remote).toHaveLength(local.length);
    expect(remote.filter((document) => document._conflicts)).toEqual([]);
    expect(remote.map((document) => document.record)).toEqual(local);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a document with an unknown field, and one from a newer app, written straight to the server: kept aside on the teammate’s laptop, and everything else syncs on', async ({
  page: a,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const server = await startTeamServer([String(baseURL)]);
  try {
    await addTeammate(server, 'ann', 'ann-secret');
    await addTeammate(server, 'bob', 'bob-secret');
    await signIn(a, server.url, 'ann', 'ann-secret');
    const opportunities = new OpportunitiesPage(a);
    await opportunities.open();
    await opportunities.loadExamplePlan();
    const opportunityId = a.url().split('/opportunities/')[1] ?? '';
    const database = `opp-${opportunityId}`;
    await shareFrom(a);
    await expect(sharePanel(a).getByRole('status')).toHaveText('Up to date', { timeout: 30_000 });

    const contextB = await browser.newContext({ baseURL });
    const b = await contextB.newPage();
    await signIn(b, server.url, 'bob', 'bob-secret');
    await b.goto('/opportunities');
    await b.getByRole('button', { name: `Open ${EXAMPLE}` }).click();
    await b.getByRole('link', { name: EXAMPLE }).click();
    await expect(sharePanel(b).getByRole('status')).toHaveText('Up to date', { timeout: 30_000 });

    // As curl would: straight to the server, past every app.
    const [template] = (await readAllTables(a)).contacts as Record<string, unknown>[];
    const unknownId = randomUUID();
    const newerId = randomUUID();
    const written = await fetch(`${server.url}/${database}/_bulk_docs`, {
      method: 'POST',
      headers: adminHeaders(server),
      body: JSON.stringify({
        docs: [
          {
            _id: `contacts:${unknownId}`,
            table: 'contacts',
            schemaVersion: 5,
            record: { ...template, id: unknownId, location: 'Smuggled room', priority: 'high' },
          },
          {
            _id: `contacts:${newerId}`,
            table: 'contacts',
            schemaVersion: 99,
            record: { ...template, id: newerId, location: 'Room from the future' },
          },
        ],
      }),
    });
    expect(written.status).toBe(201);

    await expect(b.getByRole('banner').getByRole('link', { name: '2 conflicts or problems' })).toBeVisible({
      timeout: 30_000,
    });
    const planB = new PlanPage(b);
    await planB.openTab('Contact plan');
    await expect(planB.grid).not.toContainText('Smuggled room');
    await expect(planB.grid).not.toContainText('Room from the future');
    await b.getByRole('banner').getByRole('link', { name: '2 conflicts or problems' }).click();
    const keptAside = b.getByRole('region', { name: 'Kept aside' });
    await expect(keptAside).toContainText('Not a record this app can take');
    await expect(keptAside).toContainText('priority');
    await expect(keptAside).toContainText('Written by a newer version of Contact Plan');

    // Nothing else stopped: Ann's next contact reaches Bob.
    const planA = new PlanPage(a);
    await planA.openTab('Contact plan');
    await planA.addContact({
      stakeholders: ['Rob Hopp'],
      attendees: ['Jane Doe', 'Rick Yen'],
      where: 'After the smuggling',
    });
    await b.goBack();
    await expect(planB.grid).toContainText('After the smuggling', { timeout: 30_000 });
    await contextB.close();
  } finally {
    await server.stop();
  }
});
