import { z } from 'zod';
import { calendarDaySchema } from './calendar-day';
import { actionItemIdSchema, contactIdSchema, opportunityIdSchema, outcomeIdSchema, teamMemberIdSchema } from './ids';
import { recordTimestamps, requiredText, timestampSchema } from './record';

export const actionItemStatuses = ['open', 'in-progress', 'done'] as const;
export const actionItemStatusSchema = z.enum(actionItemStatuses);
export type ActionItemStatus = z.infer<typeof actionItemStatusSchema>;

export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

export const actionItemFieldsSchema = z.strictObject({
  opportunityId: opportunityIdSchema,
  text: requiredText(1_000),
  ownerId: teamMemberIdSchema.nullable(),
  dueDate: calendarDaySchema.nullable(),
  status: actionItemStatusSchema,
  /** The contact it follows up, and the outcome that produced it, when it came from a meeting. */
  contactId: contactIdSchema.nullable(),
  outcomeId: outcomeIdSchema.nullable(),
  completedAt: timestampSchema.nullable(),
});
export type ActionItemFields = z.infer<typeof actionItemFieldsSchema>;

export const actionItemSchema = actionItemFieldsSchema.extend({
  id: actionItemIdSchema,
  ...recordTimestamps,
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const isOpenActionItem = (item: Pick<ActionItem, 'status'>): boolean => item.status !== 'done';
