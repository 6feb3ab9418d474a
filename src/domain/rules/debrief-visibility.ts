import type { Debrief } from '../debrief';

/**
 * The two accounts of a meeting must be independent: until an attendee has submitted their own
 * debrief, they see no other attendee's, draft or submitted. After submitting they see the
 * submitted ones. Someone who did not attend (the capture manager merging them) sees the
 * submitted ones. Nobody sees another person's draft.
 */
export const debriefsVisibleTo = (
  viewerId: string,
  debriefs: readonly Debrief[],
  attendeeIds: readonly string[],
): Debrief[] => {
  const isAttendee = attendeeIds.includes(viewerId);
  const hasSubmitted = debriefs.some((debrief) => debrief.authorId === viewerId && debrief.status === 'submitted');
  if (isAttendee && !hasSubmitted) return debriefs.filter((debrief) => debrief.authorId === viewerId);
  return debriefs.filter((debrief) => debrief.authorId === viewerId || debrief.status === 'submitted');
};
