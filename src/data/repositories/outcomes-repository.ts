import type { ItemResult } from '../../domain/item-result';
import type { Outcome } from '../../domain/outcome';
import { nowTimestamp } from '../../domain/record';
import type { RelationshipStage } from '../../domain/stakeholder';
import { stageChangesFor } from '../../domain/rules/debrief-comparison';
import { db } from '../db';
import { RecordNotFoundError } from '../errors';
import { buildRecord, createOpportunityRecordRepository, validateForWrite } from './record-repository';

export type RecordOutcomeInput = {
  contactId: string;
  itemResults: ItemResult[];
  summary: string;
  nextSteps: string;
  /** The agreed relationship stage of each stakeholder met (null = no change). */
  stages: { stakeholderId: string; stage: RelationshipStage | null }[];
  mergedFromDebriefIds: string[];
  newActionItems: { text: string; ownerId: string | null; dueDate: string | null }[];
};

/** The agreed record of a held contact. Recording it also moves stakeholders' stages and creates the action items, in one transaction. */
export const outcomesRepository = {
  ...createOpportunityRecordRepository('outcomes', 'opportunityId'),

  async getForContact(contactId: string): Promise<Outcome | undefined> {
    return db.outcomes.where('contactId').equals(contactId).first();
  },

  /** Records the outcome, or amends it (reopened); the debriefs are left as written. */
  async recordOutcome(input: RecordOutcomeInput): Promise<Outcome> {
    db.assertWritable();
    return db.transaction('rw', [db.outcomes, db.contacts, db.stakeholders, db.actionItems], async () => {
      const contact = await db.contacts.get(input.contactId);
      if (!contact) throw new RecordNotFoundError('contact', input.contactId);
      const existing = await db.outcomes.where('contactId').equals(contact.id).first();
      const stakeholders = new Map(
        (await db.stakeholders.bulkGet(input.stages.map((entry) => entry.stakeholderId))).flatMap((person) =>
          person ? [[person.id as string, person] as const] : [],
        ),
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
        : buildRecord('outcomes', fields as Parameters<typeof buildRecord<'outcomes'>>[1]);
      await db.outcomes.put(outcome);
      for (const change of newChanges) {
        const person = stakeholders.get(change.stakeholderId);
        if (person)
          await db.stakeholders.put(
            validateForWrite('stakeholders', { ...person, relationshipStage: change.to, updatedAt: nowTimestamp() }),
          );
      }
      for (const item of input.newActionItems) {
        if (item.text.trim() === '') continue;
        await db.actionItems.add(
          buildRecord('actionItems', {
            opportunityId: contact.opportunityId,
            text: item.text,
            ownerId: item.ownerId as never,
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
