import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './support/test';
import { OpportunitiesPage } from './page-objects/opportunities-page';
import { chooseBackupFile, countRecords, readAllTables } from './support/database';

type Row = Record<string, unknown> & { id: string };
type Backup = { counts?: unknown; tables: Record<string, Row[]> };

/** A crafted backup, chosen as a user chooses a file. */
const chooseBackup = (page: Page, name: string, backup: unknown) =>
  chooseBackupFile(page, { name, buffer: Buffer.from(JSON.stringify(backup)) });

const rowsOf = (backup: Backup, table: string): Row[] => backup.tables[table] ?? [];

test('crafted backups are refused with the reason and nothing is written: a missing record, a reports-to circle, counts missing or wrong, 100,000 ids in one contact', async ({
  page,
  context,
}) => {
  const opportunities = new OpportunitiesPage(page);
  await opportunities.open();
  await opportunities.loadExamplePlan();
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up everything' }).click();
  const original = readFileSync(await (await download).path(), 'utf8');
  const copy = () => JSON.parse(original) as Backup;

  // An empty browser, so "nothing written" is nothing at all.
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb,local_storage' });
  await page.goto('/settings');

  const withoutOpportunity = copy();
  const opportunityId = rowsOf(withoutOpportunity, 'opportunities')[0]?.id ?? '';
  withoutOpportunity.tables.opportunities = [];
  (withoutOpportunity.counts as Record<string, number>).opportunities = 0;

  const circle = copy();
  const people = rowsOf(circle, 'stakeholders');
  const boss = people.find((person) => person.reportsToId === null && people.some((p) => p.reportsToId === person.id));
  const report = people.find((person) => person.reportsToId === boss?.id);
  if (!boss || !report) throw new Error('the example has no one reporting to someone');
  boss.reportsToId = report.id;

  const noCounts = copy();
  delete noCounts.counts;
  const textCount = copy();
  (textCount.counts as Record<string, unknown>).contacts = 'two';

  const crowded = copy();
  const contact = rowsOf(crowded, 'contacts')[0];
  if (!contact) throw new Error('no contact');
  contact.stakeholderIds = Array.from({ length: 100_000 }, () => crypto.randomUUID());

  const cases: [string, unknown, string][] = [
    ['no-opportunity.json', withoutOpportunity, `names an opportunity (${opportunityId}) that is not in the file`],
    ['circle.json', circle, 'makes a circle: through the people they report to, they would report to themselves'],
    ['no-counts.json', noCounts, 'does not say how many records each table holds'],
    ['text-count.json', textCount, 'does not give a valid record count for “contacts”'],
    ['crowded.json', crowded, `contacts ${contact.id}: stakeholderIds holds more than 100 people`],
  ];
  for (const [name, backup, reason] of cases) {
    await chooseBackup(page, name, backup);
    await expect(page.getByRole('alert'), name).toContainText(reason);
    expect(countRecords(await readAllTables(page)), name).toBe(0);
  }
  // The page is still whole: the real backup restores.
  await chooseBackup(page, 'backup.json', JSON.parse(original));
  await page.getByRole('button', { name: /^Restore \d+ records$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText('exactly as in the backup');
});
