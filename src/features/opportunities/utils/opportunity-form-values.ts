import { z } from 'zod';
import { calendarDaySchema, type CalendarDay } from '../../../domain/calendar-day';
import { defaultQuietPeriodStart, opportunityStageSchema, type Opportunity } from '../../../domain/opportunity';
import type { Organization } from '../../../domain/organization';
import type { OpportunityEditableFields } from '../../../data/repositories/opportunities-repository';

/** A date input gives '' when empty. */
const optionalDay = z.union([z.literal(''), calendarDaySchema]);

const isBefore = (earlier: string, later: string) => earlier !== '' && later !== '' && later < earlier;

/** What the New / Edit opportunity form holds: strings, as the inputs give them. */
export const opportunityFormSchema = z
  .object({
    name: z.string().trim().min(1, { error: 'Enter a name for the pursuit.' }).max(200),
    customerOrganizationName: z
      .string()
      .trim()
      .min(1, { error: 'Pick the customer organization or type a new one.' })
      .max(200),
    solicitationNumber: z.string().trim().max(100),
    stage: opportunityStageSchema,
    draftRfpDate: optionalDay,
    finalRfpDate: optionalDay,
    proposalDueDate: optionalDay,
    awardDate: optionalDay,
    quietPeriodStart: optionalDay,
    notes: z.string().trim().max(10_000),
  })
  .superRefine((values, context) => {
    if (isBefore(values.draftRfpDate, values.finalRfpDate))
      context.addIssue({
        code: 'custom',
        path: ['finalRfpDate'],
        message: 'The final RFP cannot come before the draft RFP.',
      });
    if (isBefore(values.finalRfpDate, values.proposalDueDate))
      context.addIssue({
        code: 'custom',
        path: ['proposalDueDate'],
        message: 'The proposal cannot be due before the final RFP is out.',
      });
    if (isBefore(values.proposalDueDate, values.awardDate))
      context.addIssue({
        code: 'custom',
        path: ['awardDate'],
        message: 'The award cannot come before the proposal is due.',
      });
  });

export type OpportunityFormValues = z.infer<typeof opportunityFormSchema>;

const dayOrNull = (value: string): CalendarDay | null => (value === '' ? null : value);

/** The quiet-period start the form proposes for these RFP dates ('' when there is none). */
export const proposedQuietPeriodStart = (
  values: Pick<OpportunityFormValues, 'draftRfpDate' | 'finalRfpDate'>,
): string =>
  defaultQuietPeriodStart({
    draftRfpDate: dayOrNull(values.draftRfpDate),
    finalRfpDate: dayOrNull(values.finalRfpDate),
  }) ?? '';

export const emptyOpportunityFormValues: OpportunityFormValues = {
  name: '',
  customerOrganizationName: '',
  solicitationNumber: '',
  stage: 'long-term-positioning',
  draftRfpDate: '',
  finalRfpDate: '',
  proposalDueDate: '',
  awardDate: '',
  quietPeriodStart: '',
  notes: '',
};

export const opportunityToFormValues = (
  opportunity: Opportunity,
  organizations: readonly Organization[],
): OpportunityFormValues => ({
  name: opportunity.name,
  customerOrganizationName:
    organizations.find((organization) => organization.id === opportunity.customerOrganizationId)?.name ?? '',
  solicitationNumber: opportunity.solicitationNumber,
  stage: opportunity.stage,
  draftRfpDate: opportunity.draftRfpDate ?? '',
  finalRfpDate: opportunity.finalRfpDate ?? '',
  proposalDueDate: opportunity.proposalDueDate ?? '',
  awardDate: opportunity.awardDate ?? '',
  quietPeriodStart:
    opportunity.quietPeriodStart ??
    proposedQuietPeriodStart({
      draftRfpDate: opportunity.draftRfpDate ?? '',
      finalRfpDate: opportunity.finalRfpDate ?? '',
    }),
  notes: opportunity.notes,
});

/**
 * Form values → the fields the repository stores (the customer is resolved there, by name). A
 * quiet-period start equal to the default is stored as "use the default" (null), so it follows the
 * RFP dates when they move.
 */
export const formValuesToFields = (values: OpportunityFormValues): OpportunityEditableFields => ({
  name: values.name,
  solicitationNumber: values.solicitationNumber,
  stage: values.stage,
  draftRfpDate: dayOrNull(values.draftRfpDate),
  finalRfpDate: dayOrNull(values.finalRfpDate),
  proposalDueDate: dayOrNull(values.proposalDueDate),
  awardDate: dayOrNull(values.awardDate),
  quietPeriodStart:
    values.quietPeriodStart === proposedQuietPeriodStart(values) ? null : dayOrNull(values.quietPeriodStart),
  notes: values.notes,
});

/** The stored fields the form edits, as they were when it opened: the base of the user's edit. */
export const editableFieldsOf = ({
  id: _id,
  createdAt: _createdAt,
  updatedAt: _updatedAt,
  customerOrganizationId: _customer,
  ...fields
}: Opportunity): OpportunityEditableFields => fields;
