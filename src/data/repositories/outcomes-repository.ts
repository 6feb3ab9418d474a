import type { ItemResult } from '../../domain/item-result';
import type { ContactId, DebriefId, OpportunityId, StakeholderId, TeamMemberId } from '../../domain/ids';
import type { Outcome } from '../../domain/outcome';
import { nowTimestamp } from '../../domain/record';
import type { RelationshipStage } from '../../domain/stakeholder';
import { stageChangesFor } from '../../domain/rules/debrief-comparison';
import {
  buildRecord,
  readAll,
  readExisting,
  readForOpportunity,
  readMany,
  typedTable,
  validateForWrite,
  validateOnRead,
  writeTransaction,
} from './record-access';

export type RecordOutcomeInput = {
  contactId: ContactId;
  itemResults: ItemResult[];
  summary: string;
  nextSteps: string;
  /** The agreed relationship stage of each stakeholder met (null = no change). */
  stages: { stakeholderId: StakeholderId; stage: RelationshipStage | null }[];
  mergedFromDebriefIds: DebriefId[];
  newActionItems: { text: string; ownerId: TeamMemberId | null; dueDate: string | null }[];
};

/** The agreed record of a held contact. Recording it also moves stakeholders' stages and creates the action items, in one transaction. */
export const outcomesRepository = {
  async listAll(): Promise<Outcome[]> {
    return readAll('outcomes');
  },

  async listForOpportunity(opportunityId: OpportunityId): Promise<Outcome[]> {
    return readForOpportunity('outcomes', opportunityId);
  },

  async getForContact(contactId: ContactId): Promise<Outcome | undefined> {
    return validateOnRead('outcomes', await typedTable('outcomes').where('contactId').equals(contactId).first());
  },

  /** Records the outcome, or amends it (reopened); the debriefs are left as written. */
  async recordOutcome(input: RecordOutcomeInput): Promise<Outcome> {
    return writeTransaction('the outcome', ['outcomes', 'contacts', 'stakeholders', 'actionItems'], async () => {
      const contact = await readExisting('contacts', input.contactId);
      const existing = await typedTable('outcomes').where('contactId').equals(contact.id).first();
      const stakeholders = new Map(
        (
          await readMany(
            'stakeholders',
            input.stages.map((entry) => entry.stakeholderId),
          )
        ).map((person) => [person.id as string, person]),
      );
      const newChanges = stageChangesFor(input.stages, stakeholders);
      // On amend, a stage change recorded before stays in the history unless the new one overrides it.
      const keptChanges = (existing?.stageChanges ?? []).filter(
        (change) => !newChanges.some((next) => next.stakeholderId === change.stakeholderId),
      );
      const fields = {
        contactId: contact.id,
        opportunityId: contact.opportunityId,
        itemResults: input.itemResults,
        summary: input.summary,
        stageChanges: [...keptChanges, ...newChanges],
        nextSteps: input.nextSteps,
        mergedFromDebriefIds: input.mergedFromDebriefIds,
      };
      const outcome = existing
        ? validateForWrite('outcomes', { ...existing, ...fields, updatedAt: nowTimestamp() })
        : buildRecord('outcomes', fields);
      await typedTable('outcomes').put(outcome);
      for (const change of newChanges) {
        const person = stakeholders.get(change.stakeholderId);
        if (person)
          await typedTable('stakeholders').put(
            validateForWrite('stakeholders', { ...person, relationshipStage: change.to, updatedAt: nowTimestamp() }),
          );
      }
      for (const item of input.newActionItems) {
        if (item.text.trim() === '') continue;
        await typedTable('actionItems').add(
          buildRecord('actionItems', {
            opportunityId: contact.opportunityId,
            text: item.text,
            ownerId: item.ownerId,
            dueDate: item.dueDate,
            status: 'open',
            contactId: contact.id,
            outcomeId: outcome.id,
            completedAt: null,
          }),
        );
      }
      return outcome;
    });
  },
};
