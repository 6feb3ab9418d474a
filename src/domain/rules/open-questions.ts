import type { Contact, ContactItemKind } from '../contact';
import type { Outcome } from '../outcome';

/**
 * "What else do we need to know, and what else must they hear from us?" — the standing answer,
 * per opportunity: every ask not yet answered and every tell not yet delivered. An outcome closes
 * an item; a partly answered ask stays open, marked. Cancelled contacts are left out: their items
 * are re-planned in another contact if they still matter.
 */
export type OpenQuestion = {
  contactId: string;
  itemId: string;
  kind: ContactItemKind;
  text: string;
  /** Why it is still open. */
  state: 'not-yet-recorded' | 'partly-answered' | 'not-answered' | 'not-delivered';
};

export const getOpenQuestions = (contacts: readonly Contact[], outcomes: readonly Outcome[]): OpenQuestion[] => {
  const outcomeByContact = new Map(outcomes.map((outcome) => [outcome.contactId as string, outcome]));
  const open: OpenQuestion[] = [];
  for (const contact of contacts) {
    if (contact.status === 'cancelled') continue;
    const outcome = outcomeByContact.get(contact.id);
    for (const item of contact.items) {
      const result = outcome?.itemResults.find((candidate) => candidate.itemId === item.id)?.result ?? null;
      const base = { contactId: contact.id, itemId: item.id, kind: item.kind, text: item.text };
      if (item.kind === 'ask') {
        if (result === 'answered') continue;
        open.push({
          ...base,
          state:
            result === 'partly' ? 'partly-answered' : result === 'not-answered' ? 'not-answered' : 'not-yet-recorded',
        });
      } else {
        if (result === 'delivered') continue;
        open.push({ ...base, state: result === 'not-delivered' ? 'not-delivered' : 'not-yet-recorded' });
      }
    }
  }
  return open;
};
