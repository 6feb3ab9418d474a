import type { ActionItem } from '../../domain/action-item';
import { isOpenActionItem } from '../../domain/action-item';
import type { Contact } from '../../domain/contact';
import type { Debrief } from '../../domain/debrief';
import type { OrganizationId } from '../../domain/ids';
import type { Message } from '../../domain/message';
import type { Opportunity, OpportunityFields } from '../../domain/opportunity';
import type { Outcome } from '../../domain/outcome';
import { nowTimestamp } from '../../domain/record';
import type { Stakeholder } from '../../domain/stakeholder';
import type { TeamMember } from '../../domain/team-member';
import { db } from '../db';
import { RecordNotFoundError } from '../errors';
import { resolveOrganizationByName } from './organization-resolution';
import {
  buildRecord,
  createRecordRepository,
  forOpportunity,
  typedTable,
  validateAllOnRead,
  validateForWrite,
} from './record-repository';

const base = createRecordRepository('opportunities');

export type SaveOpportunityInput = {
  fields: OpportunityFields;
  /** When set, the customer organization is this name: matched to an existing one or created. */
  newCustomerOrganizationName?: string | undefined;
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

/** Resolves "pick or create" for the customer organization; call inside a transaction. */
const resolveCustomerOrganization = async (input: SaveOpportunityInput): Promise<OrganizationId | null> => {
  const name = input.newCustomerOrganizationName?.trim();
  if (!name) return input.fields.customerOrganizationId;
  return resolveOrganizationByName(name, 'customer');
};

/** Pursuits, with the commands that span the records under them. */
export const opportunitiesRepository = {
  ...base,

  async listNewestFirst(): Promise<Opportunity[]> {
    // Sorted here rather than by an index: every index slows every write, and imports write many.
    const all = validateAllOnRead('opportunities', await typedTable('opportunities').toArray());
    return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  },

  async createWithCustomer(input: SaveOpportunityInput): Promise<Opportunity> {
    db.assertWritable();
    return db.transaction('rw', [db.opportunities, db.organizations], async () => {
      const customerOrganizationId = await resolveCustomerOrganization(input);
      const opportunity = buildRecord('opportunities', { ...input.fields, customerOrganizationId });
      await db.opportunities.add(opportunity);
      return opportunity;
    });
  },

  async updateWithCustomer(id: string, input: SaveOpportunityInput): Promise<Opportunity> {
    db.assertWritable();
    return db.transaction('rw', [db.opportunities, db.organizations], async () => {
      const existing = await db.opportunities.get(id);
      if (!existing) throw new RecordNotFoundError('opportunity', id);
      const customerOrganizationId = await resolveCustomerOrganization(input);
      const updated = validateForWrite('opportunities', {
        ...input.fields,
        customerOrganizationId,
        id: existing.id,
        createdAt: existing.createdAt,
        updatedAt: nowTimestamp(),
      });
      await db.opportunities.put(updated);
      return updated;
    });
  },

  async getSummary(id: string): Promise<OpportunitySummary> {
    const [stakeholders, contacts, actionItems] = await Promise.all([
      forOpportunity('stakeholders', 'opportunityIds', id).count(),
      db.contacts.where('opportunityId').equals(id).count(),
      db.actionItems.where('opportunityId').equals(id).toArray(),
    ]);
    return { stakeholders, contacts, openActionItems: actionItems.filter(isOpenActionItem).length };
  },

  /**
   * Deletes the opportunity and everything that belongs only to it, in one transaction, and
   * unlinks the people it shared with other pursuits. Returns what Undo needs.
   */
  async removeWithEverything(id: string): Promise<RemovedOpportunity> {
    db.assertWritable();
    return db.transaction(
      'rw',
      [db.opportunities, db.stakeholders, db.teamMembers, ...ownedTables.map((name) => db.tableOf(name))],
      async () => {
        const opportunity = await db.opportunities.get(id);
        if (!opportunity) throw new RecordNotFoundError('opportunity', id);
        const [contacts, debriefs, outcomes, actionItems, messages, stakeholders, teamMembers] = await Promise.all([
          db.contacts.where('opportunityId').equals(id).toArray(),
          db.debriefs.where('opportunityId').equals(id).toArray(),
          db.outcomes.where('opportunityId').equals(id).toArray(),
          db.actionItems.where('opportunityId').equals(id).toArray(),
          db.messages.where('opportunityId').equals(id).toArray(),
          forOpportunity('stakeholders', 'opportunityIds', id).toArray(),
          forOpportunity('teamMembers', 'opportunityIds', id).toArray(),
        ]);
        for (const name of ownedTables) await db.tableOf(name).where('opportunityId').equals(id).delete();
        await db.stakeholders.bulkPut(
          stakeholders.map((person) => ({
            ...person,
            opportunityIds: person.opportunityIds.filter((other) => other !== id),
          })),
        );
        await db.teamMembers.bulkPut(
          teamMembers.map((person) => ({
            ...person,
            opportunityIds: person.opportunityIds.filter((other) => other !== id),
          })),
        );
        await db.opportunities.delete(id);
        return { opportunity, contacts, debriefs, outcomes, actionItems, messages, stakeholders, teamMembers };
      },
    );
  },

  /** Undo of removeWithEverything: puts every record back exactly as it was. */
  async restoreRemoved(removed: RemovedOpportunity): Promise<void> {
    db.assertWritable();
    await db.transaction(
      'rw',
      [db.opportunities, db.stakeholders, db.teamMembers, ...ownedTables.map((name) => db.tableOf(name))],
      async () => {
        await db.opportunities.put(removed.opportunity);
        await db.contacts.bulkPut(removed.contacts);
        await db.debriefs.bulkPut(removed.debriefs);
        await db.outcomes.bulkPut(removed.outcomes);
        await db.actionItems.bulkPut(removed.actionItems);
        await db.messages.bulkPut(removed.messages);
        // People may have been edited since the delete: relink them rather than overwrite the edit.
        const opportunityId = removed.opportunity.id;
        const relink = <Person extends Stakeholder | TeamMember>(
          before: Person,
          current: Person | undefined,
        ): Person =>
          current ? { ...current, opportunityIds: [...new Set([...current.opportunityIds, opportunityId])] } : before;
        const currentStakeholders = await db.stakeholders.bulkGet(removed.stakeholders.map((person) => person.id));
        await db.stakeholders.bulkPut(
          removed.stakeholders.map((person, index) => relink(person, currentStakeholders[index])),
        );
        const currentTeamMembers = await db.teamMembers.bulkGet(removed.teamMembers.map((person) => person.id));
        await db.teamMembers.bulkPut(
          removed.teamMembers.map((person, index) => relink(person, currentTeamMembers[index])),
        );
      },
    );
  },
};
