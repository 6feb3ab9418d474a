import { z } from 'zod';
import { closeDirectionControls, removeControlCharacters } from './clean-text';

/** createdAt / updatedAt are instants (ISO strings with a zone), unlike calendar days. */
export const timestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof timestampSchema>;

export const recordTimestamps = {
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/** The longest name (of a person, organization or opportunity) or title a record takes. */
export const nameLimit = 200;

/** Free text that may be empty; cleaned (clean-text.ts) and trimmed so "  " does not count as filled in. */
export const optionalText = (max = 10_000) =>
  z.string().overwrite(removeControlCharacters).trim().overwrite(closeDirectionControls).max(max);

/** Text the user must fill in. */
export const requiredText = (max = 500) =>
  z
    .string()
    .overwrite(removeControlCharacters)
    .trim()
    .overwrite(closeDirectionControls)
    .min(1, { error: 'is required' })
    .max(max);

export const nowTimestamp = (): Timestamp => new Date().toISOString();
