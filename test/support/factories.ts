import type { OpportunityEditableFields } from '../../src/data/repositories/opportunities-repository';

/** A valid opportunity input (the customer is given apart, by name); override only what a test is about. */
export const buildOpportunityFields = (
  overrides: Partial<OpportunityEditableFields> = {},
): OpportunityEditableFields => ({
  name: 'Next-generation logistics system',
  solicitationNumber: 'W52P1J-27-R-0042',
  stage: 'capture-planning',
  draftRfpDate: '2027-03-01',
  finalRfpDate: '2027-05-01',
  proposalDueDate: '2027-06-15',
  awardDate: null,
  quietPeriodStart: null,
  notes: '',
  ...overrides,
});
