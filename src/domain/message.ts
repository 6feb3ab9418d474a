import { z } from 'zod';
import { calendarDaySchema } from './calendar-day';
import { customerLevelSchema } from './customer-level';
import { messageIdSchema, opportunityIdSchema, stakeholderIdSchema, teamMemberIdSchema } from './ids';
import { recordTimestamps, requiredText } from './record';
import { limitedList, listLimits } from './list-limits';

export const messageKinds = ['win-theme', 'discriminator', 'proof-point', 'elevator-speech'] as const;
export const messageKindSchema = z.enum(messageKinds);
export type MessageKind = z.infer<typeof messageKindSchema>;

export const messageKindLabels: Record<MessageKind, string> = {
  'win-theme': 'Win theme',
  discriminator: 'Discriminator',
  'proof-point': 'Proof point',
  'elevator-speech': 'Elevator speech',
};

export const channels = ['meeting', 'email', 'white-paper', 'conference', 'trade-press', 'social'] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;

export const channelLabels: Record<Channel, string> = {
  meeting: 'Meeting',
  email: 'Email',
  'white-paper': 'White paper',
  conference: 'Conference',
  'trade-press': 'Trade press',
  social: 'Social media',
};

/** An entry of the messaging plan. Whether it was delivered is derived from outcomes, not stored. */
export const messageFieldsSchema = z.strictObject({
  opportunityId: opportunityIdSchema,
  kind: messageKindSchema,
  text: requiredText(5_000),
  targetLevels: limitedList(customerLevelSchema, listLimits.levelsPerMessage, 'levels'),
  targetStakeholderIds: limitedList(stakeholderIdSchema, listLimits.peoplePerMessage, 'people'),
  messengerId: teamMemberIdSchema.nullable(),
  channel: channelSchema,
  plannedDate: calendarDaySchema.nullable(),
});
export type MessageFields = z.infer<typeof messageFieldsSchema>;

export const messageSchema = messageFieldsSchema.extend({
  id: messageIdSchema,
  ...recordTimestamps,
});
export type Message = z.infer<typeof messageSchema>;
