import { expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { examplePlanIds as ids, loadExamplePlan } from '../../../src/data/example-plan';
import { contactsRepository } from '../../../src/data/repositories/contacts-repository';
import { stakeholdersRepository } from '../../../src/data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../src/data/repositories/team-members-repository';

const jones = async () => {
  const person = await db.stakeholders.get(ids.generalJones);
  if (!person) throw new Error('missing General Jones');
  return person;
};

const jonesFields = async () => {
  const { id: _id, createdAt: _c, updatedAt: _u, opportunityIds: _o, organizationId: _org, ...fields } = await jones();
  return fields;
};

test('a stakeholder cannot end up reporting to themselves through the chain', async () => {
  await loadExamplePlan();
  // Rob Hopp reports to Ms. Smith, who reports to General Jones.
  const before = await jones();
  await expect(
    stakeholdersRepository.editStakeholder({
      id: ids.generalJones,
      opportunityId: ids.opportunity,
      edit: { base: { reportsToId: before.reportsToId }, changes: { reportsToId: ids.robHopp } },
    }),
  ).rejects.toThrow(/reports to would make a circle/);
  expect(await jones()).toEqual(before);
});

test('a new organization name is matched by alias instead of duplicated', async () => {
  await loadExamplePlan();
  const saved = await stakeholdersRepository.createStakeholder({
    opportunityId: ids.opportunity,
    organization: { name: 'peo', aliases: ['PEO EIS'] },
    fields: { ...(await jonesFields()), name: 'Colonel Ortiz', reportsToId: null },
  });
  expect(saved.organizationId).toBe(ids.customerOrganization);
  expect((await db.organizations.get(ids.customerOrganization))?.aliases).toEqual(['PEO', 'PEO EIS']);
});

test('someone in a contact of the plan cannot be taken off it', async () => {
  await loadExamplePlan();
  await expect(teamMembersRepository.removeFromOpportunity(ids.billKahn, ids.opportunity)).rejects.toThrow(
    'Bill Kahn is in 1 contact of this plan. Take them out of it first.',
  );
  const removed = await stakeholdersRepository.removeFromOpportunity(ids.patLee, ids.opportunity);
  expect(removed.name).toBe('Pat Lee');
  expect((await db.stakeholders.get(ids.patLee))?.opportunityIds).toEqual([]);
});

test('deleting a contact takes its debriefs, unlinks its action items, and Undo restores all', async () => {
  await loadExamplePlan();
  const removed = await contactsRepository.removeContact(ids.pentagonMeeting);
  expect(await db.debriefs.count()).toBe(0);
  expect((await db.actionItems.toArray()).every((item) => item.contactId === null)).toBe(true);
  await contactsRepository.restoreRemovedContact(removed);
  expect(await db.debriefs.count()).toBe(2);
  expect((await db.actionItems.toArray()).every((item) => item.contactId === ids.pentagonMeeting)).toBe(true);
});
