import type { ActionItemFields } from './action-item';
import type { ContactFields } from './contact';
import type { DebriefFields } from './debrief';
import type { MessageFields } from './message';
import type { OpportunityFields } from './opportunity';
import type { OrganizationFields } from './organization';
import type { OutcomeFields } from './outcome';
import type { StakeholderFields } from './stakeholder';
import type { TeamMemberFields } from './team-member';

/**
 * What each stored field is called in messages ("someone else changed the date and where"), so a
 * conflict or a refused record is said in the words of the screens, not in field names.
 */
type Labels<Fields> = Record<keyof Fields, string>;

const opportunities: Labels<OpportunityFields> = {
  name: 'name',
  customerOrganizationId: 'customer',
  solicitationNumber: 'solicitation number',
  stage: 'stage',
  draftRfpDate: 'draft RFP date',
  finalRfpDate: 'final RFP date',
  proposalDueDate: 'proposal due date',
  awardDate: 'award date',
  quietPeriodStart: 'quiet-period start',
  notes: 'notes',
};

const organizations: Labels<OrganizationFields> = {
  name: 'name',
  kind: 'kind',
  parentId: 'parent organization',
  aliases: 'other names',
  notes: 'notes',
};

const stakeholders: Labels<StakeholderFields> = {
  name: 'name',
  title: 'title',
  organizationId: 'organization',
  customerLevel: 'customer level',
  buyingRole: 'buying role',
  disposition: 'disposition',
  relationshipStage: 'relationship stage',
  reportsToId: 'reports to',
  isContractingOfficer: 'contracting officer',
  email: 'email',
  phone: 'phone',
  notes: 'notes',
  culturalNotes: 'cultural notes',
  opportunityIds: 'opportunities',
};

const teamMembers: Labels<TeamMemberFields> = {
  name: 'name',
  title: 'title',
  company: 'company',
  kind: 'kind',
  counterpartLevel: 'counterpart level',
  email: 'email',
  phone: 'phone',
  opportunityIds: 'opportunities',
};

const contacts: Labels<ContactFields> = {
  opportunityId: 'opportunity',
  stakeholderIds: 'customer people',
  attendeeIds: 'our attendees',
  items: 'asks and tells',
  date: 'date',
  startTime: 'start time',
  endTime: 'end time',
  location: 'where',
  objective: 'why (objective)',
  method: 'how (method)',
  status: 'status',
  heldDate: 'day held',
  heldStartTime: 'time held',
  heldEndTime: 'end of meeting held',
  cancellationReason: 'reason for cancelling',
  quietPeriodReason: 'reason for contact in the quiet period',
  ownerId: 'owner',
};

const debriefs: Labels<DebriefFields> = {
  contactId: 'contact',
  opportunityId: 'opportunity',
  authorId: 'author',
  status: 'status',
  submittedAt: 'submitted',
  notes: 'notes',
  itemResults: 'results',
  stageObservations: 'relationship stages',
  proposedActionItems: 'proposed action items',
};

const outcomes: Labels<OutcomeFields> = {
  contactId: 'contact',
  opportunityId: 'opportunity',
  itemResults: 'results',
  summary: 'summary',
  stageChanges: 'stage changes',
  nextSteps: 'next steps',
  mergedFromDebriefIds: 'debriefs merged',
  recordedWithout: 'recorded without',
};

const actionItems: Labels<ActionItemFields> = {
  opportunityId: 'opportunity',
  text: 'text',
  ownerId: 'owner',
  dueDate: 'due date',
  status: 'status',
  contactId: 'contact',
  outcomeId: 'outcome',
  completedAt: 'completed',
};

const messages: Labels<MessageFields> = {
  opportunityId: 'opportunity',
  kind: 'kind',
  text: 'text',
  targetLevels: 'target levels',
  targetStakeholderIds: 'target stakeholders',
  messengerId: 'messenger',
  channel: 'channel',
  plannedDate: 'planned date',
};

export const fieldLabels = {
  opportunities,
  organizations,
  stakeholders,
  teamMembers,
  contacts,
  debriefs,
  outcomes,
  actionItems,
  messages,
} as const;

/** The label of a field of a table, or the field's own name when it has none. */
export const fieldLabel = (table: string, field: string): string =>
  (fieldLabels as Record<string, Record<string, string> | undefined>)[table]?.[field] ?? field;

/** "the date, where and owner" */
export const joinLabels = (labels: readonly string[]): string =>
  labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
