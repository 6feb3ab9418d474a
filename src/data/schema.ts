import type { Transaction } from 'dexie';

/**
 * Every version of the database, oldest first. To change the schema, append a version with its
 * stores and an `upgrade` that rewrites old records into the new shape, then add a fixture of data
 * as written at the previous version to test/data/migrations/ (the harness opens it with this code).
 *
 * Index syntax (Dexie): first entry is the primary key; `*field` indexes each element of an array;
 * `[a+b]` is a compound index; `&field` is unique.
 */
export type SchemaVersion = {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
};

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    description:
      'Opportunities, organizations, people, contacts with asks and tells, debriefs, outcomes, action items, messages',
    stores: {
      opportunities: 'id, name, stage, updatedAt',
      organizations: 'id, name, kind, *aliases',
      stakeholders: 'id, name, organizationId, customerLevel, *opportunityIds',
      teamMembers: 'id, name, *opportunityIds',
      contacts: 'id, opportunityId, date, status, *stakeholderIds, *attendeeIds, [opportunityId+date]',
      debriefs: 'id, contactId, opportunityId, authorId, [contactId+authorId]',
      outcomes: 'id, &contactId, opportunityId',
      actionItems: 'id, opportunityId, ownerId, status, dueDate, contactId',
      messages: 'id, opportunityId',
    },
  },
  {
    version: 2,
    description:
      'Only the indexes queries need. Every index entry is written with every record, and a 10,000-row import writes about 20,000 records, so unused indexes made imports slow. Lists are sorted in memory; attendees are found through the opportunity',
    stores: {
      opportunities: 'id',
      stakeholders: 'id, *opportunityIds',
      teamMembers: 'id, *opportunityIds',
      contacts: 'id, opportunityId, *stakeholderIds',
    },
  },
  {
    version: 3,
    description:
      "No index on people's opportunities: it held an entry per person per opportunity (30,000 for the 10,000-row benchmark file) and made imports half again as slow. An opportunity's people are found by reading the people tables, which are small",
    stores: {
      stakeholders: 'id',
      teamMembers: 'id',
    },
  },
];

export const currentSchemaVersion = schemaVersions.at(-1)?.version ?? 1;
