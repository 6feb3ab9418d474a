import { todayCalendarDay } from '../../domain/calendar-day';
import type { Debrief, DebriefFields } from '../../domain/debrief';
import type { ContactId, DebriefId, OpportunityId, TeamMemberId } from '../../domain/ids';
import { nowTimestamp } from '../../domain/record';
import { heldDateProblem } from '../../domain/rules/held-date';
import { formatCalendarDay } from '../../lib/dates';
import { RuleViolationError } from '../errors';
import {
  buildRecord,
  readExisting,
  readForOpportunity,
  readOne,
  typedTable,
  validateAllOnRead,
  validateForWrite,
  validateOnRead,
  writeTransaction,
} from './record-access';

/** What the author may change while writing. */
export type DebriefDraftChanges = Partial<
  Pick<DebriefFields, 'notes' | 'itemResults' | 'stageObservations' | 'proposedActionItems'>
>;

/** Refuses any change to a debrief already submitted: it is evidence, reopened only by its own command. */
const assertDraft = (debrief: Debrief) => {
  if (debrief.status === 'submitted')
    throw new RuleViolationError(
      'debrief-submitted',
      'This debrief was submitted and stays as written. Reopen it first to change it.',
    );
};

/** Each attendee's own account of a held contact; one per attendee per contact. */
export const debriefsRepository = {
  async get(id: DebriefId): Promise<Debrief | undefined> {
    return readOne('debriefs', id);
  },

  async listForOpportunity(opportunityId: OpportunityId): Promise<Debrief[]> {
    return readForOpportunity('debriefs', opportunityId);
  },

  async listForContact(contactId: ContactId): Promise<Debrief[]> {
    return validateAllOnRead('debriefs', await typedTable('debriefs').where('contactId').equals(contactId).toArray());
  },

  /**
   * The author's debrief of this contact, started empty if they have none yet. Only attendees of
   * a contact that has taken place may write one.
   */
  async startDraft(contactId: ContactId, authorId: TeamMemberId): Promise<Debrief> {
    return writeTransaction('your debrief', ['debriefs', 'contacts', 'teamMembers'], async () => {
      const existing = validateOnRead(
        'debriefs',
        await typedTable('debriefs').where('[contactId+authorId]').equals([contactId, authorId]).first(),
      );
      if (existing) return existing;
      const contact = await readExisting('contacts', contactId);
      const author = await typedTable('teamMembers').get(authorId);
      if (!contact.attendeeIds.includes(authorId))
        throw new RuleViolationError(
          'debrief-not-allowed',
          `${author?.name ?? 'This person'} did not attend this contact, so cannot debrief it.`,
        );
      if (contact.status !== 'held')
        throw new RuleViolationError('debrief-not-allowed', 'Mark the contact held before writing debriefs.');
      const heldProblem = heldDateProblem(contact, todayCalendarDay(), formatCalendarDay);
      if (heldProblem) throw new RuleViolationError('held-date', heldProblem);
      const draft = buildRecord('debriefs', {
        contactId: contact.id,
        opportunityId: contact.opportunityId,
        authorId,
        status: 'draft',
        submittedAt: null,
        notes: '',
        itemResults: [],
        stageObservations: [],
        proposedActionItems: [],
      });
      await typedTable('debriefs').add(draft);
      return draft;
    });
  },

  /** Saves what the author typed so far. A submitted debrief stays as written. */
  async saveDraft(id: DebriefId, changes: DebriefDraftChanges): Promise<Debrief> {
    return writeTransaction('your debrief', ['debriefs'], async () => {
      const existing = await readExisting('debriefs', id);
      assertDraft(existing);
      const updated = validateForWrite('debriefs', { ...existing, ...changes, updatedAt: nowTimestamp() });
      await typedTable('debriefs').put(updated);
      return updated;
    });
  },

  /** Submits the debrief with its last changes: from now on the other attendees can compare it. */
  async submit(id: DebriefId, changes: DebriefDraftChanges = {}): Promise<Debrief> {
    return writeTransaction('your debrief', ['debriefs'], async () => {
      const existing = await readExisting('debriefs', id);
      if (existing.status === 'submitted') return existing;
      const now = nowTimestamp();
      const submitted = validateForWrite('debriefs', {
        ...existing,
        ...changes,
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
      });
      await typedTable('debriefs').put(submitted);
      return submitted;
    });
  },

  /** The one way to change a submitted debrief: it goes back to a draft, to be submitted again. */
  async reopen(id: DebriefId): Promise<Debrief> {
    return writeTransaction('your debrief', ['debriefs'], async () => {
      const existing = await readExisting('debriefs', id);
      if (existing.status === 'draft') return existing;
      const reopened = validateForWrite('debriefs', {
        ...existing,
        status: 'draft',
        submittedAt: null,
        updatedAt: nowTimestamp(),
      });
      await typedTable('debriefs').put(reopened);
      return reopened;
    });
  },
};
