import { z } from 'zod';
import { calendarDaySchema } from './calendar-day';
import { contactIdSchema, debriefIdSchema, opportunityIdSchema, stakeholderIdSchema, teamMemberIdSchema } from './ids';
import { itemResultSchema } from './item-result';
import { optionalText, recordTimestamps, requiredText, timestampSchema } from './record';
import { relationshipStageSchema } from './stakeholder';
import { limitedList, listLimits } from './list-limits';

export const debriefStatuses = ['draft', 'submitted'] as const;
export const debriefStatusSchema = z.enum(debriefStatuses);
export type DebriefStatus = z.infer<typeof debriefStatusSchema>;

export const stageObservationSchema = z.strictObject({
  stakeholderId: stakeholderIdSchema,
  stage: relationshipStageSchema,
});
export type StageObservation = z.infer<typeof stageObservationSchema>;

export const proposedActionItemSchema = z.strictObject({
  text: requiredText(1_000),
  ownerId: teamMemberIdSchema.nullable(),
  dueDate: calendarDaySchema.nullable(),
});
export type ProposedActionItem = z.infer<typeof proposedActionItemSchema>;

/**
 * One attendee's own account of a held contact. Two independent versions are the point of the
 * two-person rule, so a draft stays hidden from the other attendees until its author submits.
 */
export const debriefFieldsSchema = z.strictObject({
  contactId: contactIdSchema,
  opportunityId: opportunityIdSchema,
  authorId: teamMemberIdSchema,
  status: debriefStatusSchema,
  submittedAt: timestampSchema.nullable(),
  notes: optionalText(50_000),
  itemResults: limitedList(itemResultSchema, listLimits.entriesPerDebrief, 'results'),
  stageObservations: limitedList(stageObservationSchema, listLimits.entriesPerDebrief, 'observations'),
  proposedActionItems: limitedList(proposedActionItemSchema, listLimits.entriesPerDebrief, 'action items'),
});
export type DebriefFields = z.infer<typeof debriefFieldsSchema>;

export const debriefSchema = debriefFieldsSchema.extend({
  id: debriefIdSchema,
  ...recordTimestamps,
});
export type Debrief = z.infer<typeof debriefSchema>;
