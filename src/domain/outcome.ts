import { z } from 'zod';
import { contactIdSchema, debriefIdSchema, opportunityIdSchema, outcomeIdSchema, stakeholderIdSchema } from './ids';
import { itemResultSchema } from './item-result';
import { optionalText, recordTimestamps } from './record';
import { relationshipStageSchema } from './stakeholder';

export const stageChangeSchema = z.strictObject({
  stakeholderId: stakeholderIdSchema,
  from: relationshipStageSchema,
  to: relationshipStageSchema,
});
export type StageChange = z.infer<typeof stageChangeSchema>;

/** The agreed record of a held contact, merged from its debriefs (which stay as written). */
export const outcomeFieldsSchema = z.strictObject({
  contactId: contactIdSchema,
  opportunityId: opportunityIdSchema,
  itemResults: z.array(itemResultSchema),
  summary: optionalText(50_000),
  stageChanges: z.array(stageChangeSchema),
  nextSteps: optionalText(),
  mergedFromDebriefIds: z.array(debriefIdSchema),
});
export type OutcomeFields = z.infer<typeof outcomeFieldsSchema>;

export const outcomeSchema = outcomeFieldsSchema.extend({
  id: outcomeIdSchema,
  ...recordTimestamps,
});
export type Outcome = z.infer<typeof outcomeSchema>;
