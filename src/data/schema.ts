/**
 * Every version of the database, oldest first. To change the schema, append a version with its
 * stores and its `upgradeRecords`, then add a fixture of data as written at the previous version to
 * test/data/migrations/ (the harness opens it with this code).
 *
 * `upgradeRecords` is the one upgrade of records from the version before: the database upgrade
 * (db.ts), backup restore and archive import (restore.ts) all run these same functions, so a record
 * written by any earlier version comes in the same way whichever road it takes. An upgrade takes a
 * record in the previous version's shape and returns a new one in this version's; it must be a
 * plain function of the record (no reading, no waiting: it runs inside the database's upgrade),
 * leave the record it was given unchanged, and keep its id.
 *
 * Index syntax (Dexie): first entry is the primary key; `*field` indexes each element of an array;
 * `[a+b]` is a compound index; `&field` is unique.
 */
import { syncStores } from './sync/sync-tables';

export type LooseRecord = Record<string, unknown>;

export type RecordUpgrades =
  /** Version 1: there is nothing older to upgrade from. */
  | 'first version'
  /** Only indexes changed: every record of the version before is already in this version's shape. */
  | 'records unchanged'
  /** The tables whose records change, each with its upgrade; other tables' records pass unchanged. */
  | Readonly<Record<string, (record: LooseRecord) => LooseRecord>>;

export type SchemaVersion = {
  version: number;
  description: string;
  stores: Record<string, string | null>;
  /**
   * Tables kept in this browser only (the sync bridge's outbox and bookkeeping): never backed up,
   * archived or restored, so they are not among the tables a version's records are read from.
   */
  localStores?: Record<string, string | null>;
  upgradeRecords: RecordUpgrades;
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
    upgradeRecords: 'first version',
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
    upgradeRecords: 'records unchanged',
  },
  {
    version: 3,
    description:
      "No index on people's opportunities: it held an entry per person per opportunity (30,000 for the 10,000-row benchmark file) and made imports half again as slow. An opportunity's people are found by reading the people tables, which are small",
    stores: {
      stakeholders: 'id',
      teamMembers: 'id',
    },
    upgradeRecords: 'records unchanged',
  },
  {
    version: 4,
    description:
      "Outcomes say whose debrief they were recorded without, and why (recordedWithout): the outcome is the team's, so it waits for every attendee's submitted debrief unless the team says why not. Outcomes recorded before had no such list, so they get an empty one",
    stores: {},
    upgradeRecords: {
      outcomes: (outcome) => ({ ...outcome, recordedWithout: [] }),
    },
  },
  {
    version: 5,
    description:
      "The sync bridge's own tables, kept in this browser only: the pursuits it shares, an outbox written in the same transaction as each change to a shared pursuit, and the last revision of each document it sent or took in. Records are unchanged",
    stores: {},
    localStores: syncStores,
    upgradeRecords: 'records unchanged',
  },
];

export const currentSchemaVersion = schemaVersions.at(-1)?.version ?? 1;

/** The tables a database of that version has (a version drops a table by setting its stores to null). */
export const tableNamesAt = (version: number, versions: readonly SchemaVersion[] = schemaVersions): string[] => {
  const names = new Set<string>();
  for (const { version: declared, stores } of versions)
    if (declared <= version)
      for (const [name, indexes] of Object.entries(stores)) {
        if (indexes === null) names.delete(name);
        else names.add(name);
      }
  return [...names];
};
