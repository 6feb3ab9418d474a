import { createOpportunityRecordRepository } from './record-repository';

/** Customer people; they recur across opportunities, so they link to several. */
export const stakeholdersRepository = createOpportunityRecordRepository('stakeholders', 'opportunityIds');
