import { createOpportunityRecordRepository } from './record-repository';

/** Contact-plan rows: who meets whom, what, when, where, why and how. */
export const contactsRepository = createOpportunityRecordRepository('contacts', 'opportunityId');
