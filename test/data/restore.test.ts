import { describe, expect, test } from 'vitest';
import { recordSchemas } from '../../src/data/record-schemas';
import {
  countRefusedRecords,
  describeRestoreProblem,
  restoreRecord,
  restoreTables,
  summarizeRestoreProblems,
  type RestoreProblem,
} from '../../src/data/restore';
import { currentSchemaVersion, schemaVersions, type SchemaVersion } from '../../src/data/schema';
import { contactSchema } from '../../src/domain/contact';
import v1 from './migrations/fixtures/v1.json';

type Loose = Record<string, unknown>;
const today = '2026-12-03';
const fixture = () => JSON.parse(JSON.stringify(v1.tables)) as Record<string, Loose[]>;
const firstContact = () => fixture().contacts?.[0] as Loose;

const problemsOf = (tables: Record<string, unknown[]>, fromVersion = 1): RestoreProblem[] => {
  const result = restoreTables(tables, fromVersion, { today });
  if (result.status !== 'refused') throw new Error(`expected problems, got ${result.status}`);
  return result.problems;
};

describe('restoring records written at an earlier version', () => {
  test('every record of the version 1 fixture comes back as it was, outcomes with version 4’s empty recordedWithout', () => {
    const result = restoreTables(fixture(), 1, { today });
    expect(result.status).toBe('restored');
    const tables = fixture();
    expect(result.status === 'restored' && result.tables).toEqual({
      ...tables,
      outcomes: (tables.outcomes ?? []).map((outcome) => ({ ...outcome, recordedWithout: [] })),
    });
  });

  test('each version upgrades its records in turn, with the upgrades declared in schema.ts', () => {
    const versions: SchemaVersion[] = [
      ...schemaVersions,
      {
        version: currentSchemaVersion + 1,
        description: 'where is called place',
        stores: {},
        upgradeRecords: { contacts: ({ location, ...rest }) => ({ ...rest, place: location }) },
      },
    ];
    const schemas = {
      ...recordSchemas,
      contacts: contactSchema.omit({ location: true }).extend({ place: contactSchema.shape.location }),
    };
    const contact = firstContact();
    const result = restoreRecord('contacts', contact, 1, { versions, schemas, today });
    expect(result).toEqual({
      status: 'restored',
      record: {
        ...Object.fromEntries(Object.entries(contact).filter(([key]) => key !== 'location')),
        place: contact.location,
      },
    });
  });
});

describe('what cannot be restored is named by table, id and field, and why', () => {
  test('a field of the wrong type', () => {
    const tables = fixture();
    const contact = tables.contacts?.[1] as Loose;
    contact.date = 20140723;
    const problems = problemsOf(tables);
    expect(problems).toEqual([
      { table: 'contacts', id: contact.id, field: 'date', reason: 'must be a date written yyyy-MM-dd' },
    ]);
    expect(describeRestoreProblem(problems[0] as RestoreProblem)).toBe(
      `contacts ${String(contact.id)}: date must be a date written yyyy-MM-dd`,
    );
  });

  test('a missing field, and a field this version does not know', () => {
    const tables = fixture();
    const { name: _name, ...person } = tables.stakeholders?.[0] as Loose;
    tables.stakeholders = [{ ...person, nickname: 'Jonesy' }, ...(tables.stakeholders?.slice(1) ?? [])];
    expect(problemsOf(tables).map(describeRestoreProblem)).toEqual([
      `stakeholders ${String(person.id)}: name is missing`,
      `stakeholders ${String(person.id)}: nickname is not a field this version of Contact Plan knows`,
    ]);
  });

  test('an id twice in one table', () => {
    const tables = fixture();
    const twice = tables.teamMembers?.[0] as Loose;
    tables.teamMembers?.push({ ...twice, name: 'Someone else' });
    expect(problemsOf(tables)).toEqual([
      { table: 'teamMembers', id: twice.id, field: 'id', reason: 'appears more than once in this table' },
    ]);
  });

  test('a contact held on a day after today (in the user’s time zone)', () => {
    const tables = fixture();
    const [held, planned] = tables.contacts as [Loose, Loose];
    tables.contacts = [
      { ...held, status: 'held', heldDate: '2026-12-04' },
      { ...planned, status: 'held', heldDate: null, date: '2027-01-15' },
    ];
    expect(problemsOf(tables).map(describeRestoreProblem)).toEqual([
      `contacts ${String(held.id)}: heldDate is 2026-12-04, after today (2026-12-03): a contact can be marked held only once it has taken place`,
      `contacts ${String(planned.id)}: status is held, but the contact is dated 2027-01-15, after today (2026-12-03): a contact can be marked held only once it has taken place`,
    ]);
    // The same contact held today is fine.
    expect(restoreRecord('contacts', { ...held, status: 'held', heldDate: today }, 1, { today }).status).toBe(
      'restored',
    );
  });

  test('a table this app does not know, something that is not a record, an upgrade that fails', () => {
    expect(problemsOf({ ...fixture(), notes: [] }).map(describeRestoreProblem)).toEqual([
      'notes: is not a table this version of Contact Plan knows',
    ]);
    expect(problemsOf({ ...fixture(), messages: ['hello'] }).map(describeRestoreProblem)).toEqual([
      'messages (record 1): is not a record (a group of fields)',
    ]);
    const versions: SchemaVersion[] = [
      ...schemaVersions,
      {
        version: currentSchemaVersion + 1,
        description: 'a broken upgrade',
        stores: {},
        upgradeRecords: {
          messages: () => {
            throw new Error('no text');
          },
        },
      },
    ];
    const message = fixture().messages?.[0] as Loose;
    expect(restoreRecord('messages', message, 1, { versions })).toEqual({
      status: 'refused',
      problems: [
        {
          table: 'messages',
          id: message.id,
          field: '',
          reason: `could not be upgraded to database version ${String(currentSchemaVersion + 1)} (no text)`,
        },
      ],
    });
  });

  test('problems summed up in one line, counted by record', () => {
    const tables = fixture();
    for (const contact of tables.contacts ?? []) Object.assign(contact, { date: 'soon', location: 7 });
    const problems = problemsOf(tables);
    expect(problems).toHaveLength(4);
    expect(countRefusedRecords(problems)).toBe(2);
    expect(summarizeRestoreProblems(problems, 2)).toMatch(/^contacts .*: date must .* · contacts .* · and 2 more$/);
  });
});

describe('records made by a newer version of the app', () => {
  test('a set of tables from a newer version is refused as a whole, with what to do', () => {
    const result = restoreTables(fixture(), currentSchemaVersion + 1);
    expect(result).toEqual({
      status: 'newer',
      version: currentSchemaVersion + 1,
      reason: `was made by a newer version of Contact Plan (database version ${String(currentSchemaVersion + 1)}; this app has ${String(currentSchemaVersion)}). Update the app (reload it while online), then try again.`,
    });
  });

  test('one record from a newer version is kept aside untouched, not half-applied', () => {
    const contact = firstContact();
    const result = restoreRecord('contacts', contact, currentSchemaVersion + 1);
    expect(result.status).toBe('newer');
    if (result.status !== 'newer') return;
    expect(result.raw).toBe(contact);
    expect(describeRestoreProblem(result.problem)).toMatch(
      new RegExp(`^contacts ${String(contact.id)}: was made by a newer version of Contact Plan .*Update the app`),
    );
  });

  test('a version that is not a version is refused', () => {
    expect(restoreRecord('contacts', firstContact(), 0).status).toBe('refused');
    expect(restoreTables(fixture(), Number.NaN).status).toBe('refused');
  });
});
