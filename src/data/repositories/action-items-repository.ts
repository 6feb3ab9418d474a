import type { ActionItem, ActionItemStatus } from '../../domain/action-item';
import { nowTimestamp } from '../../domain/record';
import { db } from '../db';
import { RecordNotFoundError } from '../errors';
import { createOpportunityRecordRepository, validateAllOnRead, validateForWrite } from './record-repository';

const base = createOpportunityRecordRepository('actionItems', 'opportunityId');

/** Follow-up work with owners and due dates. */
export const actionItemsRepository = {
  ...base,

  async listForContact(contactId: string): Promise<ActionItem[]> {
    return validateAllOnRead('actionItems', await db.actionItems.where('contactId').equals(contactId).toArray());
  },

  async listOpen(): Promise<ActionItem[]> {
    return validateAllOnRead(
      'actionItems',
      await db.actionItems.where('status').anyOf('open', 'in-progress').toArray(),
    );
  },

  /** Moves an item to a status; done stamps when, so history keeps it. Returns the previous status for Undo. */
  async setStatus(id: string, status: ActionItemStatus): Promise<ActionItemStatus> {
    db.assertWritable();
    return db.transaction('rw', db.actionItems, async () => {
      const existing = await db.actionItems.get(id);
      if (!existing) throw new RecordNotFoundError('action item', id);
      const now = nowTimestamp();
      await db.actionItems.put(
        validateForWrite('actionItems', {
          ...existing,
          status,
          completedAt: status === 'done' ? now : null,
          updatedAt: now,
        }),
      );
      return existing.status;
    });
  },
};
