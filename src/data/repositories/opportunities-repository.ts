import type { ActionItem } from '../../domain/action-item';
import { isOpenActionItem } from '../../domain/action-item';
import type { Contact } from '../../domain/contact';
import type { Debrief } from '../../domain/debrief';
import type { OpportunityId, OrganizationId } from '../../domain/ids';
import type { Message } from '../../domain/message';
import type { Opportunity, OpportunityFields } from '../../domain/opportunity';
import type { Outcome } from '../../domain/outcome';
import type { RecordEdit } from '../../domain/record-edit';
import type { Stakeholder } from '../../domain/stakeholder';
import type { TeamMember } from '../../domain/team-member';
import { withOpportunity } from './opportunity-people';
import { resolveOrganizationByName } from './organization-resolution';
import type { OrganizationChoice } from './stakeholders-repository';
import {
  applyEdit,
  buildRecord,
  peopleOfOpportunity,
  readAll,
  readExisting,
  readOne,
  typedTable,
  validateAllOnRead,
  writeTransaction,
} from './record-access';

/** What the opportunity form edits; the customer is picked or typed by name and resolved here. */
export type OpportunityEditableFields = Omit<OpportunityFields, 'customerOrganizationId'>;

export type CreateOpportunityInput = { fields: OpportunityEditableFields; customer: OrganizationChoice };

export type EditOpportunityInput = {
  edit: RecordEdit<OpportunityEditableFields>;
  /** Set when the customer was changed: the name picked or typed, and the organization it replaces. */
  customer?: (OrganizationChoice & { baseId: OrganizationId | null }) | undefined;
};

/** Everything a deleted opportunity took with it, so Undo can put it all back. */
export type RemovedOpportunity = {
  opportunity: Opportunity;
  contacts: Contact[];
  debriefs: Debrief[];
  outcomes: Outcome[];
  actionItems: ActionItem[];
  messages: Message[];
  /** People shared with other pursuits are kept; these are their versions before the unlink. */
  stakeholders: Stakeholder[];
  teamMembers: TeamMember[];
};

export type OpportunitySummary = {
  stakeholders: number;
  contacts: number;
  openActionItems: number;
};

const ownedTables = ['contacts', 'debriefs', 'outcomes', 'actionItems', 'messages'] as const;
const everyTable = ['opportunities', 'stakeholders', 'teamMembers', ...ownedTables] as const;

/** The customer organization as picked or typed: matched by name or alias, else created. */
const resolveCustomer = (customer: OrganizationChoice) =>
  resolveOrganizationByName(customer.name, 'customer', customer.aliases);

/** Pursuits, with the commands that span the records under them. */
export const opportunitiesRepository = {
  async get(id: OpportunityId): Promise<Opportunity | undefined> {
    return readOne('opportunities', id);
  },

  async listAll(): Promise<Opportunity[]> {
    return readAll('opportunities');
  },

  async listNewestFirst(): Promise<Opportunity[]> {
    // Sorted here rather than by an index: every index slows every write, and imports write many.
    const all = await readAll('opportunities');
    return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  },

  async createOpportunity(input: CreateOpportunityInput): Promise<Opportunity> {
    return writeTransaction('the opportunity', ['opportunities', 'organizations'], async () => {
      const customerOrganizationId = await resolveCustomer(input.customer);
      const opportunity = buildRecord('opportunities', { ...input.fields, customerOrganizationId });
      await typedTable('opportunities').add(opportunity);
      return opportunity;
    });
  },

  /** Saves what the user changed, merged with changes saved meanwhile elsewhere (a conflict is refused). */
  async editOpportunity(id: OpportunityId, input: EditOpportunityInput): Promise<Opportunity> {
    return writeTransaction('your change to the opportunity', ['opportunities', 'organizations'], async () => {
      const edit: RecordEdit<OpportunityFields> = { base: { ...input.edit.base }, changes: { ...input.edit.changes } };
      if (input.customer) {
        const customerOrganizationId = await resolveCustomer(input.customer);
        if (customerOrganizationId !== input.customer.baseId) {
          edit.base.customerOrganizationId = input.customer.baseId;
          edit.changes.customerOrganizationId = customerOrganizationId;
        }
      }
      const { record, isChanged } = await applyEdit('opportunities', id, edit);
      if (isChanged) await typedTable('opportunities').put(record);
      return record;
    });
  },

  async getSummary(id: OpportunityId): Promise<OpportunitySummary> {
    const [stakeholders, contacts, actionItems] = await Promise.all([
      peopleOfOpportunity('stakeholders', id).count(),
      typedTable('contacts').where('opportunityId').equals(id).count(),
      typedTable('actionItems').where('opportunityId').equals(id).toArray(),
    ]);
    return {
      stakeholders,
      contacts,
      openActionItems: validateAllOnRead('actionItems', actionItems).filter(isOpenActionItem).length,
    };
  },

  /**
   * Deletes the opportunity and everything that belongs only to it (contacts, debriefs, outcomes,
   * action items, messages), in one transaction, and unlinks its people: they are the company's
   * contacts, known for other pursuits and for their history. Returns what Undo needs.
   */
  async removeWithEverything(id: OpportunityId): Promise<RemovedOpportunity> {
    return writeTransaction('the deletion', everyTable, async () => {
      const opportunity = await readExisting('opportunities', id);
      const [contacts, debriefs, outcomes, actionItems, messages, stakeholders, teamMembers] = await Promise.all([
        typedTable('contacts').where('opportunityId').equals(id).toArray(),
        typedTable('debriefs').where('opportunityId').equals(id).toArray(),
        typedTable('outcomes').where('opportunityId').equals(id).toArray(),
        typedTable('actionItems').where('opportunityId').equals(id).toArray(),
        typedTable('messages').where('opportunityId').equals(id).toArray(),
        peopleOfOpportunity('stakeholders', id).toArray(),
        peopleOfOpportunity('teamMembers', id).toArray(),
      ]);
      for (const name of ownedTables) await typedTable(name).where('opportunityId').equals(id).delete();
      await typedTable('stakeholders').bulkPut(
        stakeholders.map((person) => ({
          ...person,
          opportunityIds: person.opportunityIds.filter((other) => other !== id),
        })),
      );
      await typedTable('teamMembers').bulkPut(
        teamMembers.map((person) => ({
          ...person,
          opportunityIds: person.opportunityIds.filter((other) => other !== id),
        })),
      );
      await typedTable('opportunities').delete(id);
      return { opportunity, contacts, debriefs, outcomes, actionItems, messages, stakeholders, teamMembers };
    });
  },

  /**
   * Undo of removeWithEverything: puts back every record it deleted, and only relinks its people
   * (who may have been edited since: those edits are kept).
   */
  async restoreRemoved(removed: RemovedOpportunity): Promise<void> {
    await writeTransaction('the opportunity', everyTable, async () => {
      await typedTable('opportunities').put(removed.opportunity);
      await typedTable('contacts').bulkPut(removed.contacts);
      await typedTable('debriefs').bulkPut(removed.debriefs);
      await typedTable('outcomes').bulkPut(removed.outcomes);
      await typedTable('actionItems').bulkPut(removed.actionItems);
      await typedTable('messages').bulkPut(removed.messages);
      // Someone untouched since the delete is put back exactly; someone edited since keeps the edit and is relinked.
      const relink = <Person extends Stakeholder | TeamMember>(before: Person, current: Person | undefined): Person =>
        current === undefined || current.updatedAt === before.updatedAt
          ? before
          : withOpportunity(current, removed.opportunity.id);
      const currentStakeholders = await typedTable('stakeholders').bulkGet(removed.stakeholders.map(({ id }) => id));
      await typedTable('stakeholders').bulkPut(
        removed.stakeholders.map((before, index) => relink(before, currentStakeholders[index])),
      );
      const currentTeamMembers = await typedTable('teamMembers').bulkGet(removed.teamMembers.map(({ id }) => id));
      await typedTable('teamMembers').bulkPut(
        removed.teamMembers.map((before, index) => relink(before, currentTeamMembers[index])),
      );
    });
  },
};
