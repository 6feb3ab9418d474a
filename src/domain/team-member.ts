import { z } from 'zod';
import { customerLevelSchema } from './customer-level';
import { opportunityIdSchema, teamMemberIdSchema } from './ids';
import { nameLimit, optionalText, recordTimestamps, requiredText } from './record';
import { limitedList, listLimits } from './list-limits';

/** Who on our side meets the customer; consultants, liaisons and field reps must be deconflicted. */
export const teamMemberKinds = [
  'employee',
  'teammate',
  'consultant',
  'broker',
  'government-liaison',
  'field-marketing-rep',
] as const;
export const teamMemberKindSchema = z.enum(teamMemberKinds);
export type TeamMemberKind = z.infer<typeof teamMemberKindSchema>;

export const teamMemberKindLabels: Record<TeamMemberKind, string> = {
  employee: 'Employee',
  teammate: 'Teammate',
  consultant: 'Consultant',
  broker: 'Broker',
  'government-liaison': 'Government liaison',
  'field-marketing-rep': 'Field marketing rep',
};

export const teamMemberFieldsSchema = z.strictObject({
  name: requiredText(nameLimit),
  title: optionalText(nameLimit),
  company: optionalText(nameLimit),
  kind: teamMemberKindSchema,
  /** The customer level this person is matched to: our executives meet their executives. */
  counterpartLevel: customerLevelSchema.nullable(),
  email: optionalText(200),
  phone: optionalText(100),
  /** Team members are global; these are the opportunities they are assigned to. */
  opportunityIds: limitedList(opportunityIdSchema, listLimits.opportunitiesPerPerson, 'opportunities'),
});
export type TeamMemberFields = z.infer<typeof teamMemberFieldsSchema>;

export const teamMemberSchema = teamMemberFieldsSchema.extend({
  id: teamMemberIdSchema,
  ...recordTimestamps,
});
export type TeamMember = z.infer<typeof teamMemberSchema>;
