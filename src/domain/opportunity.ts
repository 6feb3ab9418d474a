import { z } from 'zod';
import { calendarDaySchema, type CalendarDay } from './calendar-day';
import { opportunityIdSchema, organizationIdSchema } from './ids';
import { nameLimit, optionalText, recordTimestamps, requiredText } from './record';

/** Shipley capture phases 0–6, then the three ways a pursuit ends. */
export const opportunityStages = [
  'market-segmentation',
  'long-term-positioning',
  'opportunity-assessment',
  'capture-planning',
  'proposal-planning',
  'proposal-development',
  'post-submittal',
  'won',
  'lost',
  'no-bid',
] as const;
export const opportunityStageSchema = z.enum(opportunityStages);
export type OpportunityStage = z.infer<typeof opportunityStageSchema>;

export const opportunityStageLabels: Record<OpportunityStage, string> = {
  'market-segmentation': '0 · Market segmentation',
  'long-term-positioning': '1 · Long-term positioning',
  'opportunity-assessment': '2 · Opportunity assessment',
  'capture-planning': '3 · Capture planning',
  'proposal-planning': '4 · Proposal planning',
  'proposal-development': '5 · Proposal development',
  'post-submittal': '6 · Post-submittal',
  won: 'Won',
  lost: 'Lost',
  'no-bid': 'No-bid',
};

/** The fields a user enters; shared by the form and the repository. */
export const opportunityFieldsSchema = z.strictObject({
  name: requiredText(nameLimit),
  customerOrganizationId: organizationIdSchema.nullable(),
  solicitationNumber: optionalText(100),
  stage: opportunityStageSchema,
  draftRfpDate: calendarDaySchema.nullable(),
  finalRfpDate: calendarDaySchema.nullable(),
  proposalDueDate: calendarDaySchema.nullable(),
  awardDate: calendarDaySchema.nullable(),
  /**
   * The day the customer's cone of silence drops (FAR 15.201): from then on only the contracting
   * officer may be contacted. Null means "use the default" (see quietPeriodStartOf).
   */
  quietPeriodStart: calendarDaySchema.nullable(),
  notes: optionalText(),
});
export type OpportunityFields = z.infer<typeof opportunityFieldsSchema>;

export const opportunitySchema = opportunityFieldsSchema.extend({
  id: opportunityIdSchema,
  ...recordTimestamps,
});
export type Opportunity = z.infer<typeof opportunitySchema>;

/** The default quiet-period start: the draft RFP date, else the final RFP date. */
export const defaultQuietPeriodStart = (
  dates: Pick<OpportunityFields, 'draftRfpDate' | 'finalRfpDate'>,
): CalendarDay | null => dates.draftRfpDate ?? dates.finalRfpDate;

/** When the quiet period starts for this opportunity, or null when no date is known yet. */
export const quietPeriodStartOf = (
  opportunity: Pick<OpportunityFields, 'quietPeriodStart' | 'draftRfpDate' | 'finalRfpDate'>,
): CalendarDay | null => opportunity.quietPeriodStart ?? defaultQuietPeriodStart(opportunity);

/** Pursuits that are over no longer need contacts planned. */
export const isClosedStage = (stage: OpportunityStage): boolean =>
  stage === 'won' || stage === 'lost' || stage === 'no-bid';
