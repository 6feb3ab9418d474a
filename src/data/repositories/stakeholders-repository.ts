import type { OpportunityId, OrganizationId, StakeholderId } from '../../domain/ids';
import type { RecordEdit } from '../../domain/record-edit';
import type { Stakeholder, StakeholderFields } from '../../domain/stakeholder';
import { RuleViolationError } from '../errors';
import { createOpportunityPeopleCommands, withOpportunity } from './opportunity-people';
import { resolveOrganizationByName } from './organization-resolution';
import {
  applyEdit,
  buildRecord,
  peopleOfOpportunity,
  readAll,
  readMany,
  readOne,
  typedTable,
  validateAllOnRead,
  validateForWrite,
  writeTransaction,
} from './record-access';

const peopleCommands = createOpportunityPeopleCommands('stakeholders');

/** What the stakeholder form edits; the organization is typed by name and resolved here. */
export type StakeholderEditableFields = Omit<StakeholderFields, 'opportunityIds' | 'organizationId'>;

/** The organization as typed: matched by name or alias, else created as a customer organization. */
export type OrganizationChoice = { name: string; aliases?: readonly string[] | undefined };

export type CreateStakeholderInput = {
  opportunityId: OpportunityId;
  fields: StakeholderEditableFields;
  organization: OrganizationChoice;
};

export type EditStakeholderInput = {
  id: StakeholderId;
  /** The opportunity the edit is made in: the stakeholder is linked to it if not yet. */
  opportunityId: OpportunityId;
  edit: RecordEdit<StakeholderEditableFields>;
  /** Set when the organization was changed: the name typed, and the organization it replaces. */
  organization?: (OrganizationChoice & { baseId: OrganizationId | null }) | undefined;
};

/** Walks up the reports-to chain: someone cannot report to themselves or to their own report. */
const assertNoReportsToCycle = async (id: string, reportsToId: string | null) => {
  const seen = new Set<string>([id]);
  let current = reportsToId;
  while (current !== null) {
    if (seen.has(current))
      throw new RuleViolationError(
        'reports-to-cycle',
        'Cannot save the stakeholder: reports to would make a circle: they would end up reporting to themselves.',
      );
    seen.add(current);
    current = (await typedTable('stakeholders').get(current))?.reportsToId ?? null;
  }
};

/** Customer people; they recur across opportunities, so they link to several. */
export const stakeholdersRepository = {
  // Linking people to pursuits, shared with the other kind of person; named here one by one.
  assignToOpportunity: peopleCommands.assignToOpportunity,
  removeFromOpportunity: peopleCommands.removeFromOpportunity,
  relinkToOpportunity: peopleCommands.relinkToOpportunity,

  async get(id: StakeholderId): Promise<Stakeholder | undefined> {
    return readOne('stakeholders', id);
  },

  async getMany(ids: readonly StakeholderId[]): Promise<Stakeholder[]> {
    return readMany('stakeholders', ids);
  },

  async listAll(): Promise<Stakeholder[]> {
    return readAll('stakeholders');
  },

  async listForOpportunity(opportunityId: OpportunityId): Promise<Stakeholder[]> {
    return validateAllOnRead('stakeholders', await peopleOfOpportunity('stakeholders', opportunityId).toArray());
  },

  async countForOpportunity(opportunityId: OpportunityId): Promise<number> {
    return peopleOfOpportunity('stakeholders', opportunityId).count();
  },

  /** A new stakeholder of this opportunity, with the organization resolved in the same transaction. */
  async createStakeholder(input: CreateStakeholderInput): Promise<Stakeholder> {
    return writeTransaction('the stakeholder', ['stakeholders', 'organizations'], async () => {
      const organizationId = await resolveOrganizationByName(
        input.organization.name,
        'customer',
        input.organization.aliases,
      );
      const created = buildRecord('stakeholders', {
        ...input.fields,
        organizationId,
        opportunityIds: [input.opportunityId],
      });
      await assertNoReportsToCycle(created.id, created.reportsToId);
      await typedTable('stakeholders').add(created);
      return created;
    });
  },

  /** Saves what the user changed, merged with changes saved meanwhile elsewhere (a conflict is refused). */
  async editStakeholder(input: EditStakeholderInput): Promise<Stakeholder> {
    return writeTransaction('your change to the stakeholder', ['stakeholders', 'organizations'], async () => {
      const edit: RecordEdit<Omit<StakeholderFields, 'opportunityIds'>> = {
        base: { ...input.edit.base },
        changes: { ...input.edit.changes },
      };
      if (input.organization) {
        const organizationId = await resolveOrganizationByName(
          input.organization.name,
          'customer',
          input.organization.aliases,
        );
        if (organizationId !== input.organization.baseId) {
          edit.base.organizationId = input.organization.baseId;
          edit.changes.organizationId = organizationId;
        }
      }
      const { record, isChanged } = await applyEdit('stakeholders', input.id, edit);
      const linked = withOpportunity(record, input.opportunityId);
      if (!isChanged && linked === record) return record;
      await assertNoReportsToCycle(linked.id, linked.reportsToId);
      const saved = validateForWrite('stakeholders', linked);
      await typedTable('stakeholders').put(saved);
      return saved;
    });
  },
};
