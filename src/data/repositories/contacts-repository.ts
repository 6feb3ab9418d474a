import type { ActionItem } from '../../domain/action-item';
import { todayCalendarDay } from '../../domain/calendar-day';
import type { Contact, ContactFields } from '../../domain/contact';
import type { Debrief } from '../../domain/debrief';
import { newId, type ContactId, type ContactItemId, type OpportunityId } from '../../domain/ids';
import type { Outcome } from '../../domain/outcome';
import type { RecordEdit } from '../../domain/record-edit';
import { heldDateProblem } from '../../domain/rules/held-date';
import { checkContactQuietPeriod } from '../../domain/rules/quiet-period';
import { formatCalendarDay } from '../../lib/dates';
import { RuleViolationError } from '../errors';
import {
  applyEdit,
  buildRecord,
  readAll,
  readExisting,
  readForOpportunity,
  readMany,
  readOne,
  typedTable,
  writeTransaction,
} from './record-access';

/** Saving a contact inside the quiet period with anyone but a contracting officer needs a reason. */
export class QuietPeriodReasonRequiredError extends RuleViolationError {
  override readonly name = 'QuietPeriodReasonRequiredError';
}

/** A contact and what hangs off it, kept so deleting it can be undone. */
export type RemovedContact = { contact: Contact; debriefs: Debrief[]; outcomes: Outcome[]; actionItems: ActionItem[] };

export const blankContactFields = (opportunityId: OpportunityId): ContactFields => ({
  opportunityId,
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

/**
 * The rules a contact must meet to be written, checked the same way on every path that writes one
 * (new, edited in the grid or the panel, duplicated, marked held or cancelled, put back by Undo):
 * inside the quiet period only a contracting officer may be met unless a reason is given, and a
 * contact is held only once its day has come. Two-person and deconfliction are flags, not
 * refusals: the grid and the panel show them from the same domain rules. Call inside a transaction.
 */
const assertContactRules = async (contact: Contact) => {
  const heldProblem = heldDateProblem(contact, todayCalendarDay(), formatCalendarDay);
  if (heldProblem) throw new RuleViolationError('held-date', heldProblem);
  const opportunity = await readExisting('opportunities', contact.opportunityId);
  const stakeholders = new Map(
    (await readMany('stakeholders', contact.stakeholderIds)).map((person) => [person.id as string, person]),
  );
  const check = checkContactQuietPeriod(contact, opportunity, stakeholders);
  if (check.kind === 'inside-quiet-period' && !check.hasReason) {
    const names = check.nonContractingOfficerIds.map((id) => stakeholders.get(id)?.name ?? 'someone unknown');
    throw new QuietPeriodReasonRequiredError(
      'quiet-period',
      `This contact is on or after the quiet-period start (${formatCalendarDay(check.start)}) and includes ${names.join(', ')}, who ${names.length === 1 ? 'is' : 'are'} not a contracting officer. Give a reason to save it.`,
    );
  }
};

const contactTables = ['contacts', 'opportunities', 'stakeholders'] as const;

/** Writes a contact after checking its rules; the one way a contact reaches the database. */
const writeChecked = async (contact: Contact): Promise<Contact> => {
  await assertContactRules(contact);
  await typedTable('contacts').put(contact);
  return contact;
};

/** An empty contact: nothing planned in it yet, so nothing is lost when it goes. */
const isBlank = (contact: Contact) =>
  contact.stakeholderIds.length === 0 &&
  contact.attendeeIds.length === 0 &&
  contact.items.length === 0 &&
  contact.date === null &&
  contact.location === '' &&
  contact.objective === '' &&
  contact.method === '';

/** Contact-plan rows: who meets whom, what, when, where, why and how. */
export const contactsRepository = {
  async get(id: ContactId): Promise<Contact | undefined> {
    return readOne('contacts', id);
  },

  async listAll(): Promise<Contact[]> {
    return readAll('contacts');
  },

  async listForOpportunity(opportunityId: OpportunityId): Promise<Contact[]> {
    return readForOpportunity('contacts', opportunityId);
  },

  async countForOpportunity(opportunityId: OpportunityId): Promise<number> {
    return typedTable('contacts').where('opportunityId').equals(opportunityId).count();
  },

  /** Plans a new contact; the quiet-period and held-date rules are enforced here. */
  async createContact(fields: ContactFields): Promise<Contact> {
    return writeTransaction('the contact', contactTables, () => writeChecked(buildRecord('contacts', fields)));
  },

  /** A new empty row of the plan, to fill in. */
  async addBlankContact(opportunityId: OpportunityId): Promise<Contact> {
    return this.createContact(blankContactFields(opportunityId));
  },

  /**
   * Saves what the user changed (in the grid or the panel): merged with changes saved meanwhile
   * elsewhere, refused as a conflict when the same field changed both ways, and checked by the
   * contact rules like every other write.
   */
  async editContact(id: ContactId, edit: RecordEdit<ContactFields>): Promise<Contact> {
    return writeTransaction('your change to the contact', contactTables, async () => {
      const { record, isChanged } = await applyEdit('contacts', id, edit);
      return isChanged ? writeChecked(record) : record;
    });
  },

  /** A new planned contact with the same people and plan; its items get new ids, nothing of the meeting's result is copied. */
  async duplicateContact(id: ContactId): Promise<Contact> {
    return writeTransaction('the copy of the contact', contactTables, async () => {
      const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = await readExisting('contacts', id);
      return writeChecked(
        buildRecord('contacts', {
          ...fields,
          items: fields.items.map((item) => ({ ...item, id: newId<ContactItemId>() })),
          status: 'planned',
          heldDate: null,
          heldStartTime: null,
          heldEndTime: null,
          cancellationReason: '',
        }),
      );
    });
  },

  /** Records that the meeting took place, with when it actually did (refused for a day still to come). */
  async markHeld(id: ContactId, held: Pick<ContactFields, 'heldDate' | 'heldStartTime' | 'heldEndTime'>) {
    return writeTransaction('the contact', contactTables, async () => {
      const { record, isChanged } = await applyEdit('contacts', id, {
        base: {},
        changes: { ...held, status: 'held', cancellationReason: '' },
      });
      return isChanged ? writeChecked(record) : record;
    });
  },

  async markCancelled(id: ContactId, reason: string): Promise<Contact> {
    return writeTransaction('the contact', contactTables, async () => {
      const { record, isChanged } = await applyEdit('contacts', id, {
        base: {},
        changes: {
          status: 'cancelled',
          cancellationReason: reason,
          heldDate: null,
          heldStartTime: null,
          heldEndTime: null,
        },
      });
      return isChanged ? writeChecked(record) : record;
    });
  },

  /** Deletes a contact with its debriefs and outcome; its action items stay, unlinked. Returns what Undo needs. */
  async removeContact(id: ContactId): Promise<RemovedContact> {
    return writeTransaction('the deletion', ['contacts', 'debriefs', 'outcomes', 'actionItems'], async () => {
      const contact = await readExisting('contacts', id);
      const [debriefs, outcomes, actionItems] = await Promise.all([
        typedTable('debriefs').where('contactId').equals(id).toArray(),
        typedTable('outcomes').where('contactId').equals(id).toArray(),
        typedTable('actionItems').where('contactId').equals(id).toArray(),
      ]);
      await typedTable('debriefs').where('contactId').equals(id).delete();
      await typedTable('outcomes').where('contactId').equals(id).delete();
      await typedTable('actionItems').bulkPut(actionItems.map((item) => ({ ...item, contactId: null })));
      await typedTable('contacts').delete(id);
      return { contact, debriefs, outcomes, actionItems };
    });
  },

  /**
   * Undo of removeContact: puts back the contact, its debriefs and outcome, and relinks the action
   * items that are still unlinked. Edits made to those items since are kept.
   */
  async restoreRemovedContact(removed: RemovedContact): Promise<void> {
    await writeTransaction('the contact', ['contacts', 'debriefs', 'outcomes', 'actionItems'], async () => {
      await typedTable('contacts').put(removed.contact);
      await typedTable('debriefs').bulkPut(removed.debriefs);
      await typedTable('outcomes').bulkPut(removed.outcomes);
      const current = await typedTable('actionItems').bulkGet(removed.actionItems.map((item) => item.id));
      await typedTable('actionItems').bulkPut(
        current.flatMap((item) =>
          item && item.contactId === null ? [{ ...item, contactId: removed.contact.id }] : [],
        ),
      );
    });
  },

  /** Removes a contact that was added and never filled in (no Undo: nothing was lost); a filled one stays. */
  async discardIfBlank(id: ContactId): Promise<void> {
    await writeTransaction('the contact', ['contacts'], async () => {
      const contact = await typedTable('contacts').get(id);
      if (contact && isBlank(contact)) await typedTable('contacts').delete(id);
    });
  },
};
