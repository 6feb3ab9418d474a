import { describe, expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { examplePlanIds, loadExamplePlan } from '../../../src/data/example-plan';
import { RuleViolationError } from '../../../src/data/errors';
import { contactsRepository } from '../../../src/data/repositories/contacts-repository';
import { opportunitiesRepository } from '../../../src/data/repositories/opportunities-repository';
import { pursuitDatabaseName } from '../../../src/data/sync/documents';
import { buildOpportunityFields } from '../../support/factories';

const ids = examplePlanIds;
const pursuit = pursuitDatabaseName(ids.opportunity);

const share = (opportunityId: string) =>
  db.transaction('rw', db.sharedPursuits, async () => {
    await db.sharedPursuits.put({
      opportunityId,
      serverUrl: 'http://127.0.0.1:5984',
      databaseName: pursuitDatabaseName(opportunityId),
      sharedAt: new Date().toISOString(),
    });
  });

const queued = async () =>
  (await db.syncOutbox.orderBy('seq').toArray()).map((entry) => `${entry.databaseName} ${entry.documentId}`);

describe('the outbox: every change to a shared pursuit is queued in the same transaction', () => {
  test('an unshared pursuit queues nothing', async () => {
    await loadExamplePlan();
    await contactsRepository.editContact(ids.pentagonMeeting, {
      base: { location: (await contactsRepository.get(ids.pentagonMeeting))?.location ?? '' },
      changes: { location: 'Pentagon, room 3E' },
    });
    expect(await queued()).toEqual([]);
  });

  test('a shared pursuit queues each change on any path: an edit, a new contact, a deletion', async () => {
    await loadExamplePlan();
    await share(ids.opportunity);
    const before = await contactsRepository.get(ids.pentagonMeeting);
    await contactsRepository.editContact(ids.pentagonMeeting, {
      base: { location: before?.location ?? '' },
      changes: { location: 'Pentagon, room 3E' },
    });
    const added = await contactsRepository.addBlankContact(ids.opportunity);
    await contactsRepository.removeContact(added.id);
    expect(await queued()).toEqual([
      `${pursuit} contacts:${ids.pentagonMeeting}`,
      `${pursuit} contacts:${added.id}`,
      `${pursuit} contacts:${added.id}`,
    ]);
  });

  test('another, unshared pursuit still queues nothing while one is shared', async () => {
    await loadExamplePlan();
    await share(ids.opportunity);
    const other = await opportunitiesRepository.createOpportunity({
      fields: buildOpportunityFields(),
      customer: { name: 'Navy NAVWAR' },
    });
    await contactsRepository.addBlankContact(other.id);
    // The new opportunity's customer organization goes to the company directory, shared by all.
    expect((await queued()).filter((entry) => !entry.startsWith('contact-plan-directory '))).toEqual([]);
  });

  test('a refused change leaves no entry: the outbox is written in the same transaction', async () => {
    await loadExamplePlan();
    const opportunity = await opportunitiesRepository.get(ids.opportunity);
    if (!opportunity) throw new Error('no example opportunity');
    await share(ids.opportunity);
    // Held tomorrow: refused by the held-date rule, after the contact was read in the transaction.
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await expect(
      contactsRepository.markHeld(ids.pentagonMeeting, { heldDate: tomorrow, heldStartTime: null, heldEndTime: null }),
    ).rejects.toBeInstanceOf(RuleViolationError);
    expect(await queued()).toEqual([]);
  });
});
