/**
 * What restore checks across records, once each record is valid on its own: every reference names
 * a record that is there, and nobody reports to themselves through a chain (nor is an organization
 * its own parent). The app's forms and repositories refuse both, so a backup or an archive that
 * holds them was made or edited outside the app, and restoring it would give screens a person or
 * a plan that is not there.
 *
 * References that may rightly point nowhere are not checked: a tell keeps the message it delivered
 * after that message is deleted, and an action item keeps the outcome it came from after the
 * contact (and with it the outcome) is deleted.
 */
import type { RecordOf, TableName } from './record-schemas';
import type { FieldProblem } from './errors';

/** As restore.ts names a problem of one record (kept here so neither file imports the other). */
type RestoreProblem = FieldProblem & { table: string; id: string };

/** `what`: the record named, with its article, as a reason says it ("names an opportunity …"). */
type Reference = { field: string; to: TableName; what: string };

const opportunity: Reference = { field: 'opportunityId', to: 'opportunities', what: 'an opportunity' };

/** Each table's fields that name another record (one id, null, or a list of ids). */
const references: Readonly<Record<TableName, readonly Reference[]>> = {
  opportunities: [{ field: 'customerOrganizationId', to: 'organizations', what: 'an organization' }],
  organizations: [{ field: 'parentId', to: 'organizations', what: 'an organization' }],
  stakeholders: [
    { field: 'organizationId', to: 'organizations', what: 'an organization' },
    { field: 'reportsToId', to: 'stakeholders', what: 'a stakeholder' },
    { field: 'opportunityIds', to: 'opportunities', what: 'an opportunity' },
  ],
  teamMembers: [{ field: 'opportunityIds', to: 'opportunities', what: 'an opportunity' }],
  contacts: [
    opportunity,
    { field: 'stakeholderIds', to: 'stakeholders', what: 'a stakeholder' },
    { field: 'attendeeIds', to: 'teamMembers', what: 'a team member' },
    { field: 'ownerId', to: 'teamMembers', what: 'a team member' },
  ],
  debriefs: [
    opportunity,
    { field: 'contactId', to: 'contacts', what: 'a contact' },
    { field: 'authorId', to: 'teamMembers', what: 'a team member' },
  ],
  outcomes: [opportunity, { field: 'contactId', to: 'contacts', what: 'a contact' }],
  actionItems: [
    opportunity,
    { field: 'contactId', to: 'contacts', what: 'a contact' },
    { field: 'ownerId', to: 'teamMembers', what: 'a team member' },
  ],
  messages: [
    opportunity,
    { field: 'targetStakeholderIds', to: 'stakeholders', what: 'a stakeholder' },
    { field: 'messengerId', to: 'teamMembers', what: 'a team member' },
  ],
};

type AnyRecord = { id: string } & Record<string, unknown>;
type RecordSets = { readonly [Name in TableName]: readonly RecordOf<Name>[] };

const idsNamed = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** Every reference to a record that is not among `tables`, one problem per missing id. */
export const danglingReferenceProblems = (tables: RecordSets): RestoreProblem[] => {
  const idsOf = new Map<TableName, Set<string>>();
  const known = (table: TableName) => {
    let ids = idsOf.get(table);
    if (!ids) {
      ids = new Set((tables[table] as readonly AnyRecord[]).map((record) => record.id));
      idsOf.set(table, ids);
    }
    return ids;
  };
  const problems: RestoreProblem[] = [];
  for (const table of Object.keys(references) as TableName[]) {
    for (const record of tables[table] as readonly AnyRecord[]) {
      for (const { field, to, what } of references[table]) {
        for (const id of idsNamed(record[field])) {
          if (typeof id === 'string' && !known(to).has(id))
            problems.push({ table, id: record.id, field, reason: `names ${what} (${id}) that is not in the file` });
        }
      }
    }
  }
  return problems;
};

/**
 * The records on a circle of `field` (someone reporting, through others, to themselves): each is
 * named once. Walks each chain once, so 100,000 people take one pass.
 */
const recordsOnCycles = (records: readonly AnyRecord[], field: string): AnyRecord[] => {
  const byId = new Map(records.map((record) => [record.id, record]));
  const state = new Map<string, 'walking' | 'done'>();
  const onCycle: AnyRecord[] = [];
  for (const start of records) {
    const path: AnyRecord[] = [];
    let current: AnyRecord | undefined = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 'walking');
      path.push(current);
      const next: unknown = current[field];
      current = typeof next === 'string' ? byId.get(next) : undefined;
    }
    // Stopped on someone of this very walk: from them on, the path is a circle.
    if (current && state.get(current.id) === 'walking')
      for (const record of path.slice(path.indexOf(current))) onCycle.push(record);
    for (const record of path) state.set(record.id, 'done');
  }
  return onCycle;
};

/** Reports-to circles among stakeholders and parent circles among organizations. */
export const cycleProblems = (tables: RecordSets): RestoreProblem[] => [
  ...recordsOnCycles(tables.stakeholders as readonly AnyRecord[], 'reportsToId').map((record) => ({
    table: 'stakeholders',
    id: record.id,
    field: 'reportsToId',
    reason: 'makes a circle: through the people they report to, they would report to themselves',
  })),
  ...recordsOnCycles(tables.organizations as readonly AnyRecord[], 'parentId').map((record) => ({
    table: 'organizations',
    id: record.id,
    field: 'parentId',
    reason: 'makes a circle: through its parents, it would be part of itself',
  })),
];
