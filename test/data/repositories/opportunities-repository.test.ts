import { describe, expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { RecordValidationError } from '../../../src/data/errors';
import { loadExamplePlan } from '../../../src/data/example-plan';
import { getReadProblems } from '../../../src/data/read-problems';
import { opportunitiesRepository } from '../../../src/data/repositories/opportunities-repository';
import { organizationsRepository } from '../../../src/data/repositories/organizations-repository';
import { tableNames } from '../../../src/data/record-schemas';
import { buildOpportunityFields } from '../../support/factories';

const snapshotAllTables = async () =>
  Object.fromEntries(
    await Promise.all(tableNames.map(async (name) => [name, await db.tableOf(name).orderBy('id').toArray()] as const)),
  );

describe('opportunitiesRepository', () => {
  test('creates an opportunity with a new customer organization, and reuses it by alias next time', async () => {
    const first = await opportunitiesRepository.createOpportunity({
      fields: buildOpportunityFields(),
      customer: { name: 'Army Contracting Command', aliases: ['ACC'] },
    });
    const [organization] = await organizationsRepository.listByName();
    expect(organization?.name).toBe('Army Contracting Command');
    expect(organization?.id).toBe(first.customerOrganizationId);

    const second = await opportunitiesRepository.createOpportunity({
      fields: buildOpportunityFields({ name: 'Second pursuit' }),
      customer: { name: 'acc' },
    });
    expect(second.customerOrganizationId).toBe(first.customerOrganizationId);
    expect(await db.organizations.count()).toBe(1);
  });

  test('refuses an invalid write, naming the field and the reason, and writes nothing', async () => {
    const attempt = opportunitiesRepository.createOpportunity({
      fields: buildOpportunityFields({ name: '   ', draftRfpDate: '03/01/2027' }),
      customer: { name: 'New agency' },
    });
    await expect(attempt).rejects.toThrow(RecordValidationError);
    await expect(attempt).rejects.toThrow(/name is required/);
    await expect(attempt).rejects.toThrow(/draftRfpDate must be a date written yyyy-MM-dd/);
    expect(await db.opportunities.count()).toBe(0);
    expect(await db.organizations.count()).toBe(0);
  });

  test('a stored record that is not valid is left out of lists and reported, and the rest still reads', async () => {
    const good = await opportunitiesRepository.createOpportunity({
      fields: buildOpportunityFields(),
      customer: { name: '' },
    });
    await db.opportunities.put({ ...good, id: crypto.randomUUID(), stage: 'daydreaming' } as never);

    const listed = await opportunitiesRepository.listNewestFirst();
    expect(listed.map((opportunity) => opportunity.id)).toEqual([good.id]);
    expect(getReadProblems()).toHaveLength(1);
    expect(getReadProblems()[0]?.problems.join()).toMatch(/^stage /);
  });

  test('an edit keeps id and createdAt and moves updatedAt', async () => {
    const created = await opportunitiesRepository.createOpportunity({
      fields: buildOpportunityFields(),
      customer: { name: '' },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await opportunitiesRepository.editOpportunity(created.id, {
      edit: {
        base: { name: created.name, stage: created.stage },
        changes: { name: 'Renamed', stage: 'proposal-planning' },
      },
    });
    expect(updated).toMatchObject({
      id: created.id,
      createdAt: created.createdAt,
      name: 'Renamed',
      stage: 'proposal-planning',
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  test('deleting takes contacts, debriefs and action items with it; Undo restores every table exactly', async () => {
    const { opportunityId } = await loadExamplePlan();
    const before = await snapshotAllTables();

    const removed = await opportunitiesRepository.removeWithEverything(opportunityId);
    expect(await db.opportunities.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.debriefs.count()).toBe(0);
    expect(await db.actionItems.count()).toBe(0);
    // People are global: they stay, unlinked from the deleted pursuit.
    expect(await db.stakeholders.count()).toBe(4);
    expect((await db.stakeholders.toArray()).every((person) => person.opportunityIds.length === 0)).toBe(true);

    await opportunitiesRepository.restoreRemoved(removed);
    expect(await snapshotAllTables()).toEqual(before);
  });

  test('summary counts stakeholders, contacts and open action items', async () => {
    const { opportunityId } = await loadExamplePlan();
    expect(await opportunitiesRepository.getSummary(opportunityId)).toEqual({
      stakeholders: 4,
      contacts: 2,
      openActionItems: 2,
    });
  });
});

test('Undo of a delete keeps edits made to shared people in the meantime', async () => {
  const { opportunityId } = await loadExamplePlan();
  const removed = await opportunitiesRepository.removeWithEverything(opportunityId);
  const [jones] = removed.stakeholders;
  await db.stakeholders.update(jones?.id ?? '', { phone: '555-0100', updatedAt: new Date().toISOString() });

  await opportunitiesRepository.restoreRemoved(removed);
  const restored = await db.stakeholders.get(jones?.id ?? '');
  expect(restored).toMatchObject({ phone: '555-0100', opportunityIds: [opportunityId] });
});
