import type { z } from 'zod';
import { countLabel } from '../domain/count-label';
import { actionItemSchema } from '../domain/action-item';
import { contactSchema } from '../domain/contact';
import { debriefSchema } from '../domain/debrief';
import { messageSchema } from '../domain/message';
import { opportunitySchema } from '../domain/opportunity';
import { organizationSchema } from '../domain/organization';
import { outcomeSchema } from '../domain/outcome';
import { stakeholderSchema } from '../domain/stakeholder';
import { teamMemberSchema } from '../domain/team-member';

/** The schema every stored record of each table must satisfy, on write and on read. */
export const recordSchemas = {
  opportunities: opportunitySchema,
  organizations: organizationSchema,
  stakeholders: stakeholderSchema,
  teamMembers: teamMemberSchema,
  contacts: contactSchema,
  debriefs: debriefSchema,
  outcomes: outcomeSchema,
  actionItems: actionItemSchema,
  messages: messageSchema,
} as const;

export type TableName = keyof typeof recordSchemas;
export type RecordOf<Name extends TableName> = z.infer<(typeof recordSchemas)[Name]>;
export const tableNames = Object.keys(recordSchemas) as TableName[];

/** What a record is called in messages ("Cannot save the stakeholder: …"). */
export const recordLabels: Record<TableName, string> = {
  opportunities: 'opportunity',
  organizations: 'organization',
  stakeholders: 'stakeholder',
  teamMembers: 'team member',
  contacts: 'contact',
  debriefs: 'debrief',
  outcomes: 'outcome',
  actionItems: 'action item',
  messages: 'message',
};

/** The same, for counts of them ("2 team members"). */
export const recordPluralLabels: Record<TableName, string> = {
  opportunities: 'opportunities',
  organizations: 'organizations',
  stakeholders: 'stakeholders',
  teamMembers: 'team members',
  contacts: 'contacts',
  debriefs: 'debriefs',
  outcomes: 'outcomes',
  actionItems: 'action items',
  messages: 'messages',
};

const isTableName = (name: string): name is TableName => Object.hasOwn(recordSchemas, name);

/** "1 team member", "2,000 contacts"; a name that is not a table is counted as "records". */
export const countRecordsOf = (table: string, count: number): string =>
  isTableName(table) ? countLabel(count, recordLabels[table], recordPluralLabels[table]) : countLabel(count, 'record');
