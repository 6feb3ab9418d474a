import { createOpportunityRecordRepository } from './record-repository';

/** The messaging plan: win themes, discriminators, proof points. */
export const messagesRepository = createOpportunityRecordRepository('messages', 'opportunityId');
