import { z } from 'zod';
import {
  contactIdSchema,
  debriefIdSchema,
  opportunityIdSchema,
  outcomeIdSchema,
  stakeholderIdSchema,
  teamMemberIdSchema,
} from './ids';
import { itemResultSchema } from './item-result';
import { optionalText, recordTimestamps, requiredText } from './record';
import { relationshipStageSchema } from './stakeholder';
import { limitedList, listLimits } from './list-limits';

export const stageChangeSchema = z.strictObject({
  stakeholderId: stakeholderIdSchema,
  from: relationshipStageSchema,
  to: relationshipStageSchema,
});
export type StageChange = z.infer<typeof stageChangeSchema>;

/**
 * An attendee whose debrief the outcome was recorded without, and why. The outcome is the team's:
 * it waits for every attendee's account unless the team says, in words kept with it, why not.
 */
export const recordedWithoutSchema = z.strictObject({
  teamMemberId: teamMemberIdSchema,
  reason: requiredText(2_000),
});
export type RecordedWithout = z.infer<typeof recordedWithoutSchema>;

/** The agreed record of a held contact, merged from its debriefs (which stay as written). */
export const outcomeFieldsSchema = z.strictObject({
  contactId: contactIdSchema,
  opportunityId: opportunityIdSchema,
  itemResults: limitedList(itemResultSchema, listLimits.entriesPerDebrief, 'results'),
  summary: optionalText(50_000),
  stageChanges: limitedList(stageChangeSchema, listLimits.entriesPerDebrief, 'stage changes'),
  nextSteps: optionalText(),
  mergedFromDebriefIds: limitedList(debriefIdSchema, listLimits.debriefsPerOutcome, 'debriefs'),
  /** Attendees who had not submitted a debrief when the outcome was recorded (schema version 4). */
  recordedWithout: limitedList(recordedWithoutSchema, listLimits.debriefsPerOutcome, 'people'),
});
export type OutcomeFields = z.infer<typeof outcomeFieldsSchema>;

export const outcomeSchema = outcomeFieldsSchema.extend({
  id: outcomeIdSchema,
  ...recordTimestamps,
});
export type Outcome = z.infer<typeof outcomeSchema>;
