import type { ItemResult } from '../../domain/item-result';
import type { ContactId, DebriefId, OpportunityId, StakeholderId, TeamMemberId } from '../../domain/ids';
import type { Outcome } from '../../domain/outcome';
import { nowTimestamp } from '../../domain/record';
import type { RelationshipStage } from '../../domain/stakeholder';
import { stageChangesFor, submittedAccounts } from '../../domain/rules/debrief-comparison';
import {
  describeOutcomeProblem,
  outcomeProblemRule,
  outcomeProblems,
  recordedWithoutFor,
} from '../../domain/rules/outcome-readiness';
import { offerActionItemsOnce } from '../../domain/rules/similar-action-items';
import { RuleViolationError } from '../errors';
import {
  buildRecord,
  readAll,
  readExisting,
  readForOpportunity,
  readMany,
  typedTable,
  validateAllOnRead,
  validateForWrite,
  validateOnRead,
  writeTransaction,
} from './record-access';

export type RecordOutcomeInput = {
  contactId: ContactId;
  itemResults: ItemResult[];
  summary: string;
  nextSteps: string;
  /** The agreed relationship stage of each stakeholder met (null = no change; not allowed where the debriefs differ). */
  stages: { stakeholderId: StakeholderId; stage: RelationshipStage | null }[];
  /** The submitted debriefs the merge was made from. */
  mergedFromDebriefIds: DebriefId[];
  /** Attendees whose debrief is not submitted, each with why the outcome goes ahead without it. */
  recordedWithout: { teamMemberId: TeamMemberId; reason: string }[];
  newActionItems: { text: string; ownerId: TeamMemberId | null; dueDate: string | null }[];
};

/**
 * The agreed record of a held contact. Recording it also moves stakeholders' stages and creates the
 * action items, in one transaction. It is the team's: it is refused (nothing written) while an
 * attendee's debrief is missing without a stated reason, or a point the debriefs differ on is not
 * decided (rules/outcome-readiness.ts, the same check the form makes).
 */
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
    return writeTransaction(
      'the outcome',
      ['outcomes', 'contacts', 'debriefs', 'teamMembers', 'stakeholders', 'actionItems'],
      async () => {
        const contact = await readExisting('contacts', input.contactId);
        const debriefs = validateAllOnRead(
          'debriefs',
          await typedTable('debriefs').where('contactId').equals(contact.id).toArray(),
        );
        const problems = outcomeProblems(contact, debriefs, input);
        if (problems.length > 0) {
          const people = await readMany('teamMembers', [
            ...contact.attendeeIds,
            ...debriefs.map((debrief) => debrief.authorId),
          ]);
          const met = await readMany('stakeholders', contact.stakeholderIds);
          const names = {
            teamMember: (id: string) => people.find((person) => person.id === id)?.name ?? 'An attendee',
            stakeholder: (id: string) => met.find((person) => person.id === id)?.name ?? 'a stakeholder',
            item: (id: string) => contact.items.find((item) => item.id === id)?.text ?? 'an item',
          };
          const [first] = problems;
          throw new RuleViolationError(
            first ? outcomeProblemRule(first) : 'outcome-undecided-points',
            `${problems.map((problem) => describeOutcomeProblem(problem, names)).join(' ')} Nothing was saved.`,
          );
        }

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
          // What was merged is what is submitted now (the check above refused any not compared).
          mergedFromDebriefIds: submittedAccounts(contact, debriefs).map((debrief) => debrief.id),
          recordedWithout: recordedWithoutFor(contact, debriefs, input.recordedWithout),
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
        // Near-identical proposals are created once, and not at all when the contact already has them.
        const contactItems = await typedTable('actionItems').where('contactId').equals(contact.id).toArray();
        for (const item of offerActionItemsOnce(input.newActionItems, contactItems)) {
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
      },
    );
  },
};
