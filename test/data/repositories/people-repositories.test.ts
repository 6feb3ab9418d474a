import { expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { examplePlanDays, examplePlanIds as ids, loadExamplePlan } from '../../../src/data/example-plan';
import { todayCalendarDay } from '../../../src/domain/calendar-day';
import { contactsRepository, QuietPeriodReasonRequiredError } from '../../../src/data/repositories/contacts-repository';
import { stakeholdersRepository } from '../../../src/data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../src/data/repositories/team-members-repository';

const jonesFields = async () => {
  const jones = await db.stakeholders.get(ids.generalJones);
  if (!jones) throw new Error('missing General Jones');
  const { id: _id, createdAt: _c, updatedAt: _u, opportunityIds: _o, organizationId: _org, ...fields } = jones;
  return fields;
};

test('a stakeholder cannot end up reporting to themselves through the chain', async () => {
  await loadExamplePlan();
  // Rob Hopp reports to Ms. Smith, who reports to General Jones.
  await expect(
    stakeholdersRepository.saveForOpportunity({
      opportunityId: ids.opportunity,
      id: ids.generalJones,
      organizationName: 'Program Executive Office',
      fields: { ...(await jonesFields()), reportsToId: ids.robHopp },
    }),
  ).rejects.toThrow(/reportsToId would make a circle/);
});

test('a new organization name is matched by alias instead of duplicated', async () => {
  await loadExamplePlan();
  const saved = await stakeholdersRepository.saveForOpportunity({
    opportunityId: ids.opportunity,
    organizationName: 'peo',
    organizationAliases: ['PEO EIS'],
    fields: { ...(await jonesFields()), name: 'Colonel Ortiz' },
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

test('the repository refuses a quiet-period contact without a reason, whoever writes it', async () => {
  await loadExamplePlan();
  // The quiet period starts on the draft RFP date, about three months ahead.
  const days = examplePlanDays(todayCalendarDay());
  await expect(contactsRepository.updateContact(ids.labDemo, { date: days.draftRfp })).rejects.toThrow(
    QuietPeriodReasonRequiredError,
  );
  expect((await db.contacts.get(ids.labDemo))?.date).toBe(days.labDemo);
  const saved = await contactsRepository.updateContact(ids.labDemo, {
    date: days.draftRfp,
    quietPeriodReason: 'Oral presentations',
  });
  expect(saved.quietPeriodReason).toBe('Oral presentations');
  // Only the contracting officer: no reason needed.
  await expect(
    contactsRepository.updateContact(ids.labDemo, { stakeholderIds: [ids.patLee], quietPeriodReason: '' }),
  ).resolves.toBeTruthy();
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
