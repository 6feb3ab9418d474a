import type { OpportunityFields } from '../../src/domain/opportunity';

/** A valid opportunity input; override only what a test is about. */
export const buildOpportunityFields = (overrides: Partial<OpportunityFields> = {}): OpportunityFields => ({
  name: 'Next-generation logistics system',
  customerOrganizationId: null,
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
