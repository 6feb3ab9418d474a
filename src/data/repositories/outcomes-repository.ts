import { createOpportunityRecordRepository } from './record-repository';

/** The agreed record of a held contact, merged from its debriefs. */
export const outcomesRepository = createOpportunityRecordRepository('outcomes', 'opportunityId');
