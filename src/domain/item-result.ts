import { z } from 'zod';
import { contactItemIdSchema } from './ids';
import { optionalText } from './record';

export const askResults = ['answered', 'partly', 'not-answered'] as const;
export const askResultSchema = z.enum(askResults);
export type AskResult = z.infer<typeof askResultSchema>;

export const askResultLabels: Record<AskResult, string> = {
  answered: 'Answered',
  partly: 'Partly answered',
  'not-answered': 'Not answered',
};

export const tellResults = ['delivered', 'not-delivered'] as const;
export const tellResultSchema = z.enum(tellResults);
export type TellResult = z.infer<typeof tellResultSchema>;

export const tellResultLabels: Record<TellResult, string> = {
  delivered: 'Delivered',
  'not-delivered': 'Not delivered',
};

/**
 * The result of one planned item of a contact, as a debrief or an outcome records it.
 * Null result = not filled in yet.
 */
export const itemResultSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    itemId: contactItemIdSchema,
    kind: z.literal('ask'),
    result: askResultSchema.nullable(),
    /** What we learned. */
    finding: optionalText(),
  }),
  z.strictObject({
    itemId: contactItemIdSchema,
    kind: z.literal('tell'),
    result: tellResultSchema.nullable(),
    /** How the customer reacted. */
    reaction: optionalText(),
  }),
]);
export type ItemResult = z.infer<typeof itemResultSchema>;
