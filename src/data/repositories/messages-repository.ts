import type { MessageId, OpportunityId } from '../../domain/ids';
import type { Message, MessageFields } from '../../domain/message';
import type { RecordEdit } from '../../domain/record-edit';
import {
  applyEdit,
  buildRecord,
  readExisting,
  readForOpportunity,
  readOne,
  typedTable,
  writeTransaction,
} from './record-access';

/** The messaging plan: win themes, discriminators, proof points. */
export const messagesRepository = {
  async get(id: MessageId): Promise<Message | undefined> {
    return readOne('messages', id);
  },

  async listForOpportunity(opportunityId: OpportunityId): Promise<Message[]> {
    return readForOpportunity('messages', opportunityId);
  },

  async createMessage(fields: MessageFields): Promise<Message> {
    return writeTransaction('the message', ['messages'], async () => {
      const message = buildRecord('messages', fields);
      await typedTable('messages').add(message);
      return message;
    });
  },

  /** Saves what the user changed, merged with changes saved meanwhile elsewhere. */
  async editMessage(id: MessageId, edit: RecordEdit<MessageFields>): Promise<Message> {
    return writeTransaction('your change to the message', ['messages'], async () => {
      const { record, isChanged } = await applyEdit('messages', id, edit);
      if (isChanged) await typedTable('messages').put(record);
      return record;
    });
  },

  /** Deletes a message and returns it, for Undo (tells that named it keep their text). */
  async removeMessage(id: MessageId): Promise<Message> {
    return writeTransaction('the deletion', ['messages'], async () => {
      const existing = await readExisting('messages', id);
      await typedTable('messages').delete(id);
      return existing;
    });
  },

  /** Undo of removeMessage. */
  async restoreRemovedMessage(message: Message): Promise<void> {
    await writeTransaction('the message', ['messages'], async () => {
      if (!(await typedTable('messages').get(message.id))) await typedTable('messages').add(message);
    });
  },
};
