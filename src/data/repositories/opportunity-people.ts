import { nowTimestamp } from '../../domain/record';
import { db } from '../db';
import { RecordNotFoundError } from '../errors';
import { recordLabels } from '../record-schemas';
import { validateForWrite } from './record-repository';

/** People are global records linked to opportunities; stakeholders and team members share these commands. */
type PeopleTable = 'stakeholders' | 'teamMembers';

/** The contact field that names people of this kind. */
const contactField: Record<PeopleTable, 'stakeholderIds' | 'attendeeIds'> = {
  stakeholders: 'stakeholderIds',
  teamMembers: 'attendeeIds',
};

export class PersonInUseError extends Error {
  override readonly name = 'PersonInUseError';
}

export const createOpportunityPeopleCommands = (table: PeopleTable) => ({
  /** Links someone already known (from another pursuit) to this opportunity. */
  async assignToOpportunity(personId: string, opportunityId: string): Promise<void> {
    db.assertWritable();
    await db.transaction('rw', db.tableOf(table), async () => {
      const person = await db.tableOf(table).get(personId);
      if (!person) throw new RecordNotFoundError(recordLabels[table], personId);
      if (person.opportunityIds.includes(opportunityId as never)) return;
      await db.tableOf(table).put(
        validateForWrite(table, {
          ...person,
          opportunityIds: [...person.opportunityIds, opportunityId],
          updatedAt: nowTimestamp(),
        }) as never,
      );
    });
  },

  /**
   * Unlinks a person from this opportunity (the record stays, for other pursuits). Refused while
   * a contact of this opportunity still names them. Returns the record as it was, for Undo.
   */
  async removeFromOpportunity(personId: string, opportunityId: string) {
    db.assertWritable();
    return db.transaction('rw', [db.tableOf(table), db.contacts], async () => {
      const person = await db.tableOf(table).get(personId);
      if (!person) throw new RecordNotFoundError(recordLabels[table], personId);
      const inContacts = await db.contacts
        .where('opportunityId')
        .equals(opportunityId)
        .filter((contact) => contact[contactField[table]].some((id) => id === personId))
        .count();
      if (inContacts > 0) {
        throw new PersonInUseError(
          `${person.name} is in ${String(inContacts)} contact${inContacts === 1 ? '' : 's'} of this plan. Take them out of ${inContacts === 1 ? 'it' : 'those'} first.`,
        );
      }
      await db
        .tableOf(table)
        .put({ ...person, opportunityIds: person.opportunityIds.filter((id) => id !== opportunityId) } as never);
      return person;
    });
  },

  /** Undo of removeFromOpportunity. */
  async relinkToOpportunity(personId: string, opportunityId: string): Promise<void> {
    await this.assignToOpportunity(personId, opportunityId);
  },
});
