import type { ActionItem } from '../../domain/action-item';
import type { Contact, ContactFields } from '../../domain/contact';
import type { Debrief } from '../../domain/debrief';
import { newId, type ContactItemId } from '../../domain/ids';
import type { Outcome } from '../../domain/outcome';
import { nowTimestamp } from '../../domain/record';
import { checkContactQuietPeriod } from '../../domain/rules/quiet-period';
import { db } from '../db';
import { RecordNotFoundError } from '../errors';
import { buildRecord, createOpportunityRecordRepository, validateForWrite } from './record-repository';

/** Saving a contact inside the quiet period with anyone but a contracting officer needs a reason. */
export class QuietPeriodReasonRequiredError extends Error {
  override readonly name = 'QuietPeriodReasonRequiredError';
}

/** A contact and what hangs off it, kept so deleting it can be undone. */
export type RemovedContact = { contact: Contact; debriefs: Debrief[]; outcomes: Outcome[]; actionItems: ActionItem[] };

export const blankContactFields = (opportunityId: string): ContactFields => ({
  opportunityId: opportunityId as ContactFields['opportunityId'],
  stakeholderIds: [],
  attendeeIds: [],
  items: [],
  date: null,
  startTime: null,
  endTime: null,
  location: '',
  objective: '',
  method: '',
  status: 'planned',
  heldDate: null,
  heldStartTime: null,
  heldEndTime: null,
  cancellationReason: '',
  quietPeriodReason: '',
  ownerId: null,
});

/** Enforces the quiet-period rule on a contact about to be written; call inside a transaction. */
const assertQuietPeriodRespected = async (contact: Contact) => {
  const opportunity = await db.opportunities.get(contact.opportunityId);
  if (!opportunity) throw new RecordNotFoundError('opportunity', contact.opportunityId);
  const stakeholders = new Map(
    (await db.stakeholders.bulkGet(contact.stakeholderIds)).flatMap((person) =>
      person ? [[person.id as string, person] as const] : [],
    ),
  );
  const check = checkContactQuietPeriod(contact, opportunity, stakeholders);
  if (check.kind === 'inside-quiet-period' && !check.hasReason) {
    const names = check.nonContractingOfficerIds
      .map((id) => stakeholders.get(id)?.name ?? 'someone unknown')
      .join(', ');
    throw new QuietPeriodReasonRequiredError(
      `This contact is on or after the quiet-period start (${check.start}) and includes ${names}, who ${check.nonContractingOfficerIds.length === 1 ? 'is' : 'are'} not a contracting officer. Give a reason to save it.`,
    );
  }
};

const contactTables = () => [db.contacts, db.opportunities, db.stakeholders];

/** Contact-plan rows: who meets whom, what, when, where, why and how. */
export const contactsRepository = {
  ...createOpportunityRecordRepository('contacts', 'opportunityId'),

  /** Creates a contact, or replaces the fields of an existing one; the quiet-period rule is enforced here. */
  async saveContact(input: { id?: string | undefined; fields: ContactFields }): Promise<Contact> {
    db.assertWritable();
    return db.transaction('rw', contactTables(), async () => {
      let record: Contact;
      if (input.id === undefined) {
        record = buildRecord('contacts', input.fields);
      } else {
        const existing = await db.contacts.get(input.id);
        if (!existing) throw new RecordNotFoundError('contact', input.id);
        record = validateForWrite('contacts', {
          ...input.fields,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: nowTimestamp(),
        });
      }
      await assertQuietPeriodRespected(record);
      await db.contacts.put(record);
      return record;
    });
  },

  /** Changes some fields (an edit in the grid), with the same rules as saveContact. */
  async updateContact(id: string, changes: Partial<ContactFields>): Promise<Contact> {
    db.assertWritable();
    return db.transaction('rw', contactTables(), async () => {
      const existing = await db.contacts.get(id);
      if (!existing) throw new RecordNotFoundError('contact', id);
      const record = validateForWrite('contacts', {
        ...existing,
        ...changes,
        id: existing.id,
        createdAt: existing.createdAt,
        updatedAt: nowTimestamp(),
      });
      await assertQuietPeriodRespected(record);
      await db.contacts.put(record);
      return record;
    });
  },

  /** A new planned contact with the same people and plan; its items get new ids, nothing of the meeting's result is copied. */
  async duplicateContact(id: string): Promise<Contact> {
    db.assertWritable();
    return db.transaction('rw', contactTables(), async () => {
      const source = await db.contacts.get(id);
      if (!source) throw new RecordNotFoundError('contact', id);
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = source;
      const copy = buildRecord('contacts', {
        ...fields,
        items: source.items.map((item) => ({ ...item, id: newId<ContactItemId>() })),
        status: 'planned',
        heldDate: null,
        heldStartTime: null,
        heldEndTime: null,
        cancellationReason: '',
      });
      await assertQuietPeriodRespected(copy);
      await db.contacts.add(copy);
      return copy;
    });
  },

  /** Records that the meeting took place, with when it actually did. */
  async markHeld(
    id: string,
    held: Pick<ContactFields, 'heldDate' | 'heldStartTime' | 'heldEndTime'>,
  ): Promise<Contact> {
    return this.updateContact(id, { ...held, status: 'held', cancellationReason: '' });
  },

  async markCancelled(id: string, reason: string): Promise<Contact> {
    return this.updateContact(id, {
      status: 'cancelled',
      cancellationReason: reason,
      heldDate: null,
      heldStartTime: null,
      heldEndTime: null,
    });
  },

  /** Deletes a contact with its debriefs and outcome; its action items stay, unlinked. Returns what Undo needs. */
  async removeContact(id: string): Promise<RemovedContact> {
    db.assertWritable();
    return db.transaction('rw', [db.contacts, db.debriefs, db.outcomes, db.actionItems], async () => {
      const contact = await db.contacts.get(id);
      if (!contact) throw new RecordNotFoundError('contact', id);
      const [debriefs, outcomes, actionItems] = await Promise.all([
        db.debriefs.where('contactId').equals(id).toArray(),
        db.outcomes.where('contactId').equals(id).toArray(),
        db.actionItems.where('contactId').equals(id).toArray(),
      ]);
      await db.debriefs.where('contactId').equals(id).delete();
      await db.outcomes.where('contactId').equals(id).delete();
      await db.actionItems.bulkPut(actionItems.map((item) => ({ ...item, contactId: null })));
      await db.contacts.delete(id);
      return { contact, debriefs, outcomes, actionItems };
    });
  },

  async restoreRemovedContact(removed: RemovedContact): Promise<void> {
    db.assertWritable();
    await db.transaction('rw', [db.contacts, db.debriefs, db.outcomes, db.actionItems], async () => {
      await db.contacts.put(removed.contact);
      await db.debriefs.bulkPut(removed.debriefs);
      await db.outcomes.bulkPut(removed.outcomes);
      await db.actionItems.bulkPut(removed.actionItems);
    });
  },
};
