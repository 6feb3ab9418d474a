import type { Contact } from '../contact';
import type { CustomerLevel } from '../customer-level';
import type { Message } from '../message';
import type { Outcome } from '../outcome';
import type { Stakeholder } from '../stakeholder';

/**
 * Whether each message of the messaging plan reaches its audience. A message is delivered when an
 * outcome says a tell linked to it was delivered; it is flagged when a target level or person has
 * no contact planned to hear it.
 */
export type MessageDelivery = {
  message: Message;
  status: 'delivered' | 'planned' | 'not-planned';
  /** Tells linked to the message in contacts that are not cancelled. */
  planned: { contactId: string; stakeholderIds: readonly string[] }[];
  delivered: { contactId: string; stakeholderIds: readonly string[]; reaction: string }[];
  uncoveredLevels: CustomerLevel[];
  uncoveredStakeholderIds: string[];
};

export const getMessageDeliveries = (
  messages: readonly Message[],
  contacts: readonly Contact[],
  outcomes: readonly Outcome[],
  stakeholders: readonly Pick<Stakeholder, 'id' | 'customerLevel'>[],
): MessageDelivery[] => {
  const levelOf = new Map(stakeholders.map((person) => [person.id as string, person.customerLevel]));
  const outcomeOf = new Map(outcomes.map((outcome) => [outcome.contactId as string, outcome]));
  return messages.map((message) => {
    const planned: MessageDelivery['planned'] = [];
    const delivered: MessageDelivery['delivered'] = [];
    for (const contact of contacts) {
      if (contact.status === 'cancelled') continue;
      for (const item of contact.items) {
        if (item.kind !== 'tell' || item.messageId !== message.id) continue;
        planned.push({ contactId: contact.id, stakeholderIds: contact.stakeholderIds });
        const result = outcomeOf.get(contact.id)?.itemResults.find((candidate) => candidate.itemId === item.id);
        if (result?.kind === 'tell' && result.result === 'delivered')
          delivered.push({ contactId: contact.id, stakeholderIds: contact.stakeholderIds, reaction: result.reaction });
      }
    }
    const reached = new Set(planned.flatMap((delivery) => delivery.stakeholderIds));
    const reachedLevels = new Set([...reached].flatMap((id) => levelOf.get(id) ?? []));
    return {
      message,
      status: delivered.length > 0 ? 'delivered' : planned.length > 0 ? 'planned' : 'not-planned',
      planned,
      delivered,
      uncoveredLevels: message.targetLevels.filter((level) => !reachedLevels.has(level)),
      uncoveredStakeholderIds: message.targetStakeholderIds.filter((id) => !reached.has(id)),
    };
  });
};
