import type { Contact } from '../contact';

/**
 * At least two of ours attend every meeting: one talks, one takes notes and watches reactions, and
 * two independent accounts of what was said can be compared afterwards.
 */
export const MINIMUM_ATTENDEES = 2;

export type TwoPersonCheck = { kind: 'ok' } | { kind: 'too-few-attendees'; attendeeCount: number };

export const checkTwoPersonRule = (
  contact: Pick<Contact, 'status'> & { attendeeIds: readonly string[] },
): TwoPersonCheck => {
  // A cancelled meeting sends nobody, so it cannot break the rule.
  if (contact.status === 'cancelled') return { kind: 'ok' };
  const attendeeCount = new Set(contact.attendeeIds).size;
  return attendeeCount >= MINIMUM_ATTENDEES ? { kind: 'ok' } : { kind: 'too-few-attendees', attendeeCount };
};
