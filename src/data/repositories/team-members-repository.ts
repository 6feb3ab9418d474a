import { createOpportunityRecordRepository } from './record-repository';

/** Our people; global, assigned to opportunities. */
export const teamMembersRepository = createOpportunityRecordRepository('teamMembers', 'opportunityIds');
