import { createOpportunityRecordRepository } from './record-repository';

/** Each attendee's own account of a held contact. */
export const debriefsRepository = createOpportunityRecordRepository('debriefs', 'opportunityId');
