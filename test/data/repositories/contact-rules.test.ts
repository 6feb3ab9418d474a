import { describe, expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { EditConflictError, RuleViolationError } from '../../../src/data/errors';
import { blankContactFields, contactsRepository } from '../../../src/data/repositories/contacts-repository';
import { debriefsRepository } from '../../../src/data/repositories/debriefs-repository';
import { opportunitiesRepository } from '../../../src/data/repositories/opportunities-repository';
import { stakeholdersRepository } from '../../../src/data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../src/data/repositories/team-members-repository';
import { tableNames } from '../../../src/data/record-schemas';
import { addDays, todayCalendarDay } from '../../../src/domain/calendar-day';
import type { ContactFields } from '../../../src/domain/contact';
import { buildOpportunityFields } from '../../support/factories';

const today = todayCalendarDay();
const quietPeriodStart = addDays(today, 30);

const snapshot = async () =>
  Object.fromEntries(
    await Promise.all(tableNames.map(async (name) => [name, await db.tableOf(name).orderBy('id').toArray()] as const)),
  );

/** A pursuit whose quiet period starts in 30 days, a contracting officer, a program manager and two of ours. */
const plan = async () => {
  const opportunity = await opportunitiesRepository.createOpportunity({
    fields: buildOpportunityFields({ quietPeriodStart }),
    customer: { name: 'Program Executive Office' },
  });
  const person = {
    title: '',
    customerLevel: 'program-office' as const,
    buyingRole: null,
    disposition: 'unknown' as const,
    relationshipStage: 'unknown' as const,
    reportsToId: null,
    email: '',
    phone: '',
    notes: '',
    culturalNotes: '',
  };
  const organization = { name: 'Program Executive Office' };
  const officer = await stakeholdersRepository.createStakeholder({
    opportunityId: opportunity.id,
    organization,
    fields: { ...person, name: 'Pat Lee', customerLevel: 'contracting', isContractingOfficer: true },
  });
  const manager = await stakeholdersRepository.createStakeholder({
    opportunityId: opportunity.id,
    organization,
    fields: { ...person, name: 'Ms. Smith', isContractingOfficer: false },
  });
  const ours = {
    title: '',
    company: 'Our company',
    kind: 'employee' as const,
    counterpartLevel: null,
    email: '',
    phone: '',
  };
  const bill = await teamMembersRepository.createTeamMember(opportunity.id, { ...ours, name: 'Bill Kahn' });
  const sue = await teamMembersRepository.createTeamMember(opportunity.id, { ...ours, name: 'Sue Kemp' });
  const fields: ContactFields = {
    ...blankContactFields(opportunity.id),
    stakeholderIds: [manager.id],
    attendeeIds: [bill.id, sue.id],
    date: addDays(today, 7),
    location: 'Room 5',
  };
  const contact = await contactsRepository.createContact(fields);
  return { opportunity, officer, manager, bill, sue, contact, fields };
};

describe('the quiet-period rule holds on every command that can change a date or people', () => {
  test('creating a contact inside the quiet period with someone not a contracting officer', async () => {
    const { fields } = await plan();
    const before = await snapshot();
    await expect(contactsRepository.createContact({ ...fields, date: quietPeriodStart })).rejects.toThrow(
      /on or after the quiet-period start .* includes Ms\. Smith, who is not a contracting officer\. Give a reason/,
    );
    expect(await snapshot()).toEqual(before);
  });

  test('editing its date, or its people, into the quiet period; a reason or only the officer lets it through', async () => {
    const { contact, officer, manager } = await plan();
    const before = await snapshot();
    await expect(
      contactsRepository.editContact(contact.id, {
        base: { date: contact.date },
        changes: { date: addDays(quietPeriodStart, 3) },
      }),
    ).rejects.toThrow(RuleViolationError);
    expect(await snapshot()).toEqual(before);

    const withOfficer = await contactsRepository.editContact(contact.id, {
      base: { stakeholderIds: contact.stakeholderIds, date: contact.date },
      changes: { stakeholderIds: [officer.id], date: addDays(quietPeriodStart, 3) },
    });
    const afterOfficer = await snapshot();
    await expect(
      contactsRepository.editContact(contact.id, {
        base: { stakeholderIds: withOfficer.stakeholderIds },
        changes: { stakeholderIds: [officer.id, manager.id] },
      }),
    ).rejects.toThrow(/includes Ms\. Smith/);
    expect(await snapshot()).toEqual(afterOfficer);

    const withReason = await contactsRepository.editContact(contact.id, {
      base: { stakeholderIds: withOfficer.stakeholderIds, quietPeriodReason: '' },
      changes: { stakeholderIds: [officer.id, manager.id], quietPeriodReason: 'Industry day the CO invited us to' },
    });
    expect(withReason.stakeholderIds).toEqual([officer.id, manager.id]);
  });

  test('duplicating a contact of the quiet period keeps it within the rule, and marking held or cancelled checks it too', async () => {
    const { contact } = await plan();
    // Written directly, as an old version might have: inside the quiet period with no reason.
    await db.contacts.put({ ...contact, date: quietPeriodStart });
    const before = await snapshot();
    await expect(contactsRepository.duplicateContact(contact.id)).rejects.toThrow(/Give a reason/);
    expect(await snapshot()).toEqual(before);
    // Cancelling takes it out of the rule (a cancelled contact meets nobody).
    const cancelled = await contactsRepository.markCancelled(contact.id, 'They postponed');
    expect(cancelled.status).toBe('cancelled');
  });
});

test('marking held on a day inside the quiet period (planned before it) is refused too', async () => {
  const { contact, opportunity } = await plan();
  await opportunitiesRepository.editOpportunity(opportunity.id, {
    edit: { base: { quietPeriodStart }, changes: { quietPeriodStart: addDays(today, -5) } },
  });
  await db.contacts.put({ ...contact, date: addDays(today, -10) });
  const before = await snapshot();
  await expect(
    contactsRepository.markHeld(contact.id, { heldDate: addDays(today, -2), heldStartTime: null, heldEndTime: null }),
  ).rejects.toThrow(/on or after the quiet-period start .* Give a reason/);
  expect(await snapshot()).toEqual(before);
  const heldBefore = await contactsRepository.markHeld(contact.id, {
    heldDate: addDays(today, -10),
    heldStartTime: null,
    heldEndTime: null,
  });
  expect(heldBefore.status).toBe('held');
});

describe('held means it happened', () => {
  test('a contact dated tomorrow cannot be marked held, by the command or by an edit; nothing is written', async () => {
    const { contact } = await plan();
    const before = await snapshot();
    await expect(
      contactsRepository.markHeld(contact.id, { heldDate: addDays(today, 1), heldStartTime: null, heldEndTime: null }),
    ).rejects.toThrow(/after today .* once it has taken place/);
    await expect(
      contactsRepository.editContact(contact.id, { base: { status: 'planned' }, changes: { status: 'held' } }),
    ).rejects.toThrow(/once it has taken place/);
    await expect(
      contactsRepository.createContact({
        ...blankContactFields(contact.opportunityId),
        status: 'held',
        date: addDays(today, 1),
      }),
    ).rejects.toThrow(/once it has taken place/);
    expect(await snapshot()).toEqual(before);

    const held = await contactsRepository.markHeld(contact.id, {
      heldDate: today,
      heldStartTime: null,
      heldEndTime: null,
    });
    expect(held).toMatchObject({ status: 'held', heldDate: today });
  });

  test('a debrief cannot be started for a contact "held" in the future (an old record)', async () => {
    const { contact, bill } = await plan();
    await db.contacts.put({ ...contact, status: 'held', heldDate: addDays(today, 2) });
    await expect(debriefsRepository.startDraft(contact.id, bill.id)).rejects.toThrow(/once it has taken place/);
    expect(await db.debriefs.count()).toBe(0);
  });
});

describe('a submitted debrief is evidence', () => {
  test('it cannot be changed, only reopened by its own command', async () => {
    const { contact, bill } = await plan();
    await contactsRepository.markHeld(contact.id, { heldDate: today, heldStartTime: null, heldEndTime: null });
    const draft = await debriefsRepository.startDraft(contact.id, bill.id);
    const submitted = await debriefsRepository.submit(draft.id, { notes: 'What I heard' });
    const before = await snapshot();
    await expect(debriefsRepository.saveDraft(submitted.id, { notes: 'Rewritten later' })).rejects.toThrow(
      'This debrief was submitted and stays as written. Reopen it first to change it.',
    );
    expect(await snapshot()).toEqual(before);
    const reopened = await debriefsRepository.reopen(submitted.id);
    expect(reopened).toMatchObject({ status: 'draft', submittedAt: null, notes: 'What I heard' });
    expect((await debriefsRepository.saveDraft(submitted.id, { notes: 'Corrected' })).notes).toBe('Corrected');
  });
});

describe('no silent overwrite', () => {
  test('an edit based on an older version keeps the other fields changed meanwhile', async () => {
    const { contact } = await plan();
    // Another tab changes Where; this one, opened before, changes Why.
    await contactsRepository.editContact(contact.id, { base: { location: 'Room 5' }, changes: { location: 'Room 6' } });
    const saved = await contactsRepository.editContact(contact.id, {
      base: { objective: '' },
      changes: { objective: 'Learn the budget' },
    });
    expect(saved).toMatchObject({ location: 'Room 6', objective: 'Learn the budget' });
  });

  test('the same field changed both ways is refused with both values, and nothing is written', async () => {
    const { contact } = await plan();
    await contactsRepository.editContact(contact.id, { base: { location: 'Room 5' }, changes: { location: 'Room 6' } });
    const before = await snapshot();
    const attempt = contactsRepository.editContact(contact.id, {
      base: { location: 'Room 5' },
      changes: { location: 'Lunch at the club' },
    });
    await expect(attempt).rejects.toThrow(EditConflictError);
    await expect(attempt).rejects.toThrow(/Someone else changed the where of this contact/);
    const error = await attempt.catch((caught: unknown) => caught);
    expect((error as EditConflictError).conflicts).toEqual([
      { field: 'location', base: 'Room 5', mine: 'Lunch at the club', theirs: 'Room 6' },
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
