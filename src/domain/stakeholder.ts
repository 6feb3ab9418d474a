import { z } from 'zod';
import { customerLevelSchema } from './customer-level';
import { opportunityIdSchema, organizationIdSchema, stakeholderIdSchema } from './ids';
import { nameLimit, optionalText, recordTimestamps, requiredText } from './record';
import { limitedList, listLimits } from './list-limits';

export const buyingRoles = [
  'decision-maker',
  'approver',
  'evaluator',
  'influencer',
  'user',
  'gatekeeper',
  'coach',
] as const;
export const buyingRoleSchema = z.enum(buyingRoles);
export type BuyingRole = z.infer<typeof buyingRoleSchema>;

export const buyingRoleLabels: Record<BuyingRole, string> = {
  'decision-maker': 'Decision maker',
  approver: 'Approver',
  evaluator: 'Evaluator',
  influencer: 'Influencer',
  user: 'User',
  gatekeeper: 'Gatekeeper',
  coach: 'Coach',
};

export const dispositions = ['supporter', 'neutral', 'detractor', 'unknown'] as const;
export const dispositionSchema = z.enum(dispositions);
export type Disposition = z.infer<typeof dispositionSchema>;

export const dispositionLabels: Record<Disposition, string> = {
  supporter: 'Supporter',
  neutral: 'Neutral',
  detractor: 'Detractor',
  unknown: 'Unknown',
};

/** Customers pick contractors they know, like and trust: the stages, in order. */
export const relationshipStages = ['unknown', 'knows-us', 'likes-us', 'trusts-us'] as const;
export const relationshipStageSchema = z.enum(relationshipStages);
export type RelationshipStage = z.infer<typeof relationshipStageSchema>;

export const relationshipStageLabels: Record<RelationshipStage, string> = {
  unknown: 'Unknown',
  'knows-us': 'Knows us',
  'likes-us': 'Likes us',
  'trusts-us': 'Trusts us',
};

export const relationshipStageRank = (stage: RelationshipStage): number => relationshipStages.indexOf(stage);

export const stakeholderFieldsSchema = z.strictObject({
  name: requiredText(nameLimit),
  /** Rank or grade stays in the title ("Gen.", "GS14"), as capture teams write it. */
  title: optionalText(nameLimit),
  organizationId: organizationIdSchema.nullable(),
  customerLevel: customerLevelSchema,
  buyingRole: buyingRoleSchema.nullable(),
  disposition: dispositionSchema,
  relationshipStage: relationshipStageSchema,
  reportsToId: stakeholderIdSchema.nullable(),
  /** The one person who may still be contacted during the quiet period. */
  isContractingOfficer: z.boolean(),
  email: optionalText(200),
  phone: optionalText(100),
  notes: optionalText(),
  /** What a newcomer to this customer should know: customs, sensitivities, how they like to meet. */
  culturalNotes: optionalText(),
  /** People recur across pursuits: the opportunities this stakeholder takes part in. */
  opportunityIds: limitedList(opportunityIdSchema, listLimits.opportunitiesPerPerson, 'opportunities'),
});
export type StakeholderFields = z.infer<typeof stakeholderFieldsSchema>;

export const stakeholderSchema = stakeholderFieldsSchema.extend({
  id: stakeholderIdSchema,
  ...recordTimestamps,
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;
