import type { StakeholderId } from '../../domain/ids';
import type { Stakeholder, StakeholderFields } from '../../domain/stakeholder';
import { nowTimestamp } from '../../domain/record';
import { db } from '../db';
import { RecordNotFoundError, RecordValidationError } from '../errors';
import { createOpportunityPeopleCommands } from './opportunity-people';
import { resolveOrganizationByName } from './organization-resolution';
import { buildRecord, createOpportunityRecordRepository, validateForWrite } from './record-repository';

export type SaveStakeholderInput = {
  opportunityId: string;
  /** Absent for a new stakeholder. */
  id?: string | undefined;
  fields: Omit<StakeholderFields, 'opportunityIds' | 'organizationId'>;
  /** Picked or typed; matched by name or alias, else created as a customer organization. */
  organizationName: string;
  organizationAliases?: readonly string[];
};

/** Walks up the reports-to chain: someone cannot report to themselves or to their own report. */
const assertNoReportsToCycle = async (id: string, reportsToId: string | null) => {
  const seen = new Set<string>([id]);
  let current = reportsToId;
  while (current !== null) {
    if (seen.has(current)) {
      throw new RecordValidationError('stakeholder', [
        {
          code: 'custom',
          path: ['reportsToId'],
          message: 'would make a circle: they would end up reporting to themselves',
          input: reportsToId,
        },
      ]);
    }
    seen.add(current);
    current = (await db.stakeholders.get(current))?.reportsToId ?? null;
  }
};

/** Customer people; they recur across opportunities, so they link to several. */
export const stakeholdersRepository = {
  ...createOpportunityRecordRepository('stakeholders', 'opportunityIds'),
  ...createOpportunityPeopleCommands('stakeholders'),

  /** Creates or updates a stakeholder of this opportunity, resolving the organization in the same transaction. */
  async saveForOpportunity(input: SaveStakeholderInput): Promise<Stakeholder> {
    db.assertWritable();
    return db.transaction('rw', [db.stakeholders, db.organizations], async () => {
      const organizationId = await resolveOrganizationByName(
        input.organizationName,
        'customer',
        input.organizationAliases,
      );
      if (input.id === undefined) {
        const created = buildRecord('stakeholders', {
          ...input.fields,
          organizationId,
          opportunityIds: [input.opportunityId as never],
        });
        await assertNoReportsToCycle(created.id, created.reportsToId);
        await db.stakeholders.add(created);
        return created;
      }
      const existing = await db.stakeholders.get(input.id);
      if (!existing) throw new RecordNotFoundError('stakeholder', input.id);
      const updated = validateForWrite('stakeholders', {
        ...existing,
        ...input.fields,
        organizationId,
        opportunityIds: [...new Set([...existing.opportunityIds, input.opportunityId])],
        updatedAt: nowTimestamp(),
      });
      await assertNoReportsToCycle(updated.id, updated.reportsToId);
      await db.stakeholders.put(updated);
      return updated;
    });
  },

  async getMany(ids: readonly StakeholderId[]): Promise<(Stakeholder | undefined)[]> {
    return db.stakeholders.bulkGet([...ids]);
  },
};
