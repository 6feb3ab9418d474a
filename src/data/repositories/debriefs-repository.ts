import type { Debrief, DebriefFields } from '../../domain/debrief';
import { nowTimestamp } from '../../domain/record';
import { db } from '../db';
import { RecordNotFoundError } from '../errors';
import {
  buildRecord,
  createOpportunityRecordRepository,
  validateAllOnRead,
  validateForWrite,
} from './record-repository';

export class DebriefNotAllowedError extends Error {
  override readonly name = 'DebriefNotAllowedError';
}

type DraftChanges = Partial<Pick<DebriefFields, 'notes' | 'itemResults' | 'stageObservations' | 'proposedActionItems'>>;

/** Each attendee's own account of a held contact; one per attendee per contact. */
export const debriefsRepository = {
  ...createOpportunityRecordRepository('debriefs', 'opportunityId'),

  async listForContact(contactId: string): Promise<Debrief[]> {
    return validateAllOnRead('debriefs', await db.debriefs.where('contactId').equals(contactId).toArray());
  },

  /** The author's debrief of this contact, started empty if they have none yet. Only attendees of a held contact may write one. */
  async startDraft(contactId: string, authorId: string): Promise<Debrief> {
    db.assertWritable();
    return db.transaction('rw', [db.debriefs, db.contacts, db.teamMembers], async () => {
      const existing = await db.debriefs.where('[contactId+authorId]').equals([contactId, authorId]).first();
      if (existing) return existing;
      const contact = await db.contacts.get(contactId);
      if (!contact) throw new RecordNotFoundError('contact', contactId);
      const author = await db.teamMembers.get(authorId);
      if (!contact.attendeeIds.includes(authorId as never))
        throw new DebriefNotAllowedError(
          `${author?.name ?? 'This person'} did not attend this contact, so cannot debrief it.`,
        );
      if (contact.status !== 'held') throw new DebriefNotAllowedError('Mark the contact held before writing debriefs.');
      const draft = buildRecord('debriefs', {
        contactId: contact.id,
        opportunityId: contact.opportunityId,
        authorId: authorId as Debrief['authorId'],
        status: 'draft',
        submittedAt: null,
        notes: '',
        itemResults: [],
        stageObservations: [],
        proposedActionItems: [],
      });
      await db.debriefs.add(draft);
      return draft;
    });
  },

  /** Saves what the author typed so far. A submitted debrief stays as written. */
  async saveDraft(id: string, changes: DraftChanges): Promise<Debrief> {
    db.assertWritable();
    return db.transaction('rw', db.debriefs, async () => {
      const existing = await db.debriefs.get(id);
      if (!existing) throw new RecordNotFoundError('debrief', id);
      if (existing.status === 'submitted')
        throw new DebriefNotAllowedError('This debrief was submitted and stays as written.');
      const updated = validateForWrite('debriefs', { ...existing, ...changes, updatedAt: nowTimestamp() });
      await db.debriefs.put(updated);
      return updated;
    });
  },

  async submit(id: string, changes: DraftChanges = {}): Promise<Debrief> {
    db.assertWritable();
    return db.transaction('rw', db.debriefs, async () => {
      const existing = await db.debriefs.get(id);
      if (!existing) throw new RecordNotFoundError('debrief', id);
      if (existing.status === 'submitted') return existing;
      const now = nowTimestamp();
      const submitted = validateForWrite('debriefs', {
        ...existing,
        ...changes,
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
      });
      await db.debriefs.put(submitted);
      return submitted;
    });
  },
};
