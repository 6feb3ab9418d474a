import { createOpportunityRecordRepository } from './record-repository';

/** Follow-up work with owners and due dates. */
export const actionItemsRepository = createOpportunityRecordRepository('actionItems', 'opportunityId');
