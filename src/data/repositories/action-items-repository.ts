import type { ActionItem, ActionItemFields, ActionItemStatus } from '../../domain/action-item';
import type { ActionItemId, ContactId, OpportunityId } from '../../domain/ids';
import { nowTimestamp } from '../../domain/record';
import type { RecordEdit } from '../../domain/record-edit';
import {
  applyEdit,
  buildRecord,
  readAll,
  readExisting,
  readForOpportunity,
  typedTable,
  validateAllOnRead,
  validateForWrite,
  writeTransaction,
} from './record-access';

/** What a user edits of an action item: what is to be done, by whom, by when. */
export type ActionItemEditableFields = Pick<ActionItemFields, 'text' | 'ownerId' | 'dueDate'>;

/** Follow-up work with owners and due dates. */
export const actionItemsRepository = {
  async listAll(): Promise<ActionItem[]> {
    return readAll('actionItems');
  },

  async listForOpportunity(opportunityId: OpportunityId): Promise<ActionItem[]> {
    return readForOpportunity('actionItems', opportunityId);
  },

  async listForContact(contactId: ContactId): Promise<ActionItem[]> {
    return validateAllOnRead(
      'actionItems',
      await typedTable('actionItems').where('contactId').equals(contactId).toArray(),
    );
  },

  async listOpen(): Promise<ActionItem[]> {
    return validateAllOnRead(
      'actionItems',
      await typedTable('actionItems').where('status').anyOf('open', 'in-progress').toArray(),
    );
  },

  async createActionItem(fields: ActionItemFields): Promise<ActionItem> {
    return writeTransaction('the action item', ['actionItems'], async () => {
      const item = buildRecord('actionItems', fields);
      await typedTable('actionItems').add(item);
      return item;
    });
  },

  /** Changes the text, owner (reassigning it) or due date; merged with changes saved meanwhile elsewhere. */
  async editActionItem(id: ActionItemId, edit: RecordEdit<ActionItemEditableFields>): Promise<ActionItem> {
    return writeTransaction('your change to the action item', ['actionItems'], async () => {
      const { record, isChanged } = await applyEdit('actionItems', id, edit);
      if (isChanged) await typedTable('actionItems').put(record);
      return record;
    });
  },

  /** Moves an item to a status; done stamps when, so history keeps it. Returns the previous status for Undo. */
  async setStatus(id: ActionItemId, status: ActionItemStatus): Promise<ActionItemStatus> {
    return writeTransaction('the action item', ['actionItems'], async () => {
      const existing = await readExisting('actionItems', id);
      const now = nowTimestamp();
      await typedTable('actionItems').put(
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

  /** Deletes an action item; returns it as it was, for Undo. */
  async removeActionItem(id: ActionItemId): Promise<ActionItem> {
    return writeTransaction('the deletion', ['actionItems'], async () => {
      const existing = await readExisting('actionItems', id);
      await typedTable('actionItems').delete(id);
      return existing;
    });
  },

  /** Undo of removeActionItem: puts it back, unless it is somehow there again. */
  async restoreRemovedActionItem(item: ActionItem): Promise<void> {
    await writeTransaction('the action item', ['actionItems'], async () => {
      if (!(await typedTable('actionItems').get(item.id))) await typedTable('actionItems').add(item);
    });
  },
};
