import { describe, expect, test } from 'vitest';
import { describeRestoreProblem, restoreTables, type RestoreProblem } from '../../src/data/restore';
import v1 from './migrations/fixtures/v1.json';

type Loose = Record<string, unknown>;
const today = '2026-12-03';
const fixture = () => JSON.parse(JSON.stringify(v1.tables)) as Record<string, Loose[]>;
const table = (tables: Record<string, Loose[]>, name: string) => tables[name] ?? [];
const first = (tables: Record<string, Loose[]>, name: string) => table(tables, name)[0] as Loose;

const problemsOf = (tables: Record<string, Loose[]>): RestoreProblem[] => {
  const result = restoreTables(tables, 1, { today });
  if (result.status !== 'refused') throw new Error(`expected problems, got ${result.status}`);
  return result.problems;
};

describe('references must name records that are there', () => {
  test('an opportunity left out of the file: everything that belongs to it is named', () => {
    const tables = fixture();
    const opportunityId = first(tables, 'opportunities').id as string;
    tables.opportunities = [];
    const problems = problemsOf(tables);
    const named = new Set(problems.map((problem) => `${problem.table}.${problem.field}`));
    expect([...named].sort()).toEqual([
      'actionItems.opportunityId',
      'contacts.opportunityId',
      'debriefs.opportunityId',
      'messages.opportunityId',
      'outcomes.opportunityId',
      'stakeholders.opportunityIds',
      'teamMembers.opportunityIds',
    ]);
    expect(problems[0]?.reason).toBe(`names an opportunity (${opportunityId}) that is not in the file`);
  });

  test.each([
    ['contacts', 'stakeholderIds', ['00000000-0000-4000-8000-000000000001']],
    ['contacts', 'attendeeIds', ['00000000-0000-4000-8000-000000000001']],
    ['contacts', 'ownerId', '00000000-0000-4000-8000-000000000001'],
    ['debriefs', 'authorId', '00000000-0000-4000-8000-000000000001'],
    ['debriefs', 'contactId', '00000000-0000-4000-8000-000000000001'],
    ['outcomes', 'contactId', '00000000-0000-4000-8000-000000000001'],
    ['actionItems', 'ownerId', '00000000-0000-4000-8000-000000000001'],
    ['messages', 'targetStakeholderIds', ['00000000-0000-4000-8000-000000000001']],
    ['stakeholders', 'reportsToId', '00000000-0000-4000-8000-000000000001'],
    ['stakeholders', 'organizationId', '00000000-0000-4000-8000-000000000001'],
    ['organizations', 'parentId', '00000000-0000-4000-8000-000000000001'],
    ['opportunities', 'customerOrganizationId', '00000000-0000-4000-8000-000000000001'],
  ])('%s.%s naming a record not in the file is refused, by table, id and field', (name, field, value) => {
    const tables = fixture();
    const record = first(tables, name);
    record[field] = value;
    const problems = problemsOf(tables);
    expect(problems.map(({ table, id, field }) => ({ table, id, field }))).toEqual([
      { table: name, id: record.id, field },
    ]);
    expect(problems[0]?.reason).toMatch(
      /^names an? [a-z ]+ \(00000000-0000-4000-8000-000000000001\) that is not in the file$/,
    );
  });

  test('what may rightly point nowhere still restores: a tell of a deleted message, an item of a deleted outcome', () => {
    const tables = fixture();
    tables.messages = [];
    tables.outcomes = [];
    const action = first(tables, 'actionItems');
    action.outcomeId = '00000000-0000-4000-8000-000000000002';
    const contact = first(tables, 'contacts');
    contact.items = [
      {
        id: '00000000-0000-4000-8000-000000000003',
        kind: 'tell',
        text: 'We deliver',
        messageId: '00000000-0000-4000-8000-000000000004',
      },
    ];
    const result = restoreTables(tables, 1, { today });
    expect(result.status === 'refused' ? result.problems : []).toEqual([]);
  });
});

describe('nobody reports to themselves, nothing is its own parent', () => {
  test('a reports-to circle of three names each of the three', () => {
    const tables = fixture();
    const people = table(tables, 'stakeholders');
    // The fixture has a chain: 1 ← 2 ← 3 (2 reports to 1, 3 to 2). 1 reporting to 3 closes it.
    const [top, middle, bottom] = people as [Loose, Loose, Loose];
    top.reportsToId = bottom.id;
    const problems = problemsOf(tables);
    expect(problems.map((problem) => problem.id).sort()).toEqual([top.id, middle.id, bottom.id].sort());
    expect(problems.every((problem) => problem.field === 'reportsToId')).toBe(true);
    expect(problems[0]?.reason).toMatch(/would report to themselves/);
  });

  test('someone reporting to themselves is named; people below them are not', () => {
    const tables = fixture();
    const [top, middle] = table(tables, 'stakeholders') as [Loose, Loose];
    top.reportsToId = top.id;
    expect(problemsOf(tables).map((problem) => problem.id)).toEqual([top.id]);
    expect(middle.reportsToId).toBe(top.id);
  });

  test('an organization that is its own grandparent is named', () => {
    const tables = fixture();
    const [one, two] = table(tables, 'organizations') as [Loose, Loose];
    one.parentId = two.id;
    two.parentId = one.id;
    expect(
      problemsOf(tables)
        .map((problem) => `${problem.table} ${problem.field}`)
        .sort(),
    ).toEqual(['organizations parentId', 'organizations parentId']);
  });

  test('100,000 people in one long chain are checked in one pass', () => {
    const tables = fixture();
    const template = first(tables, 'stakeholders');
    const people: Loose[] = [];
    for (let index = 0; index < 100_000; index += 1) {
      const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      people.push({ ...template, id, reportsToId: index === 0 ? null : people[index - 1]?.id, opportunityIds: [] });
    }
    tables.stakeholders = people;
    tables.contacts = [];
    tables.debriefs = [];
    tables.outcomes = [];
    tables.messages = [];
    for (const item of table(tables, 'actionItems')) item.contactId = null;
    expect(restoreTables(tables, 1, { today }).status).toBe('restored');
  });
});

describe('lists are capped, so a crafted record cannot freeze a screen', () => {
  test('a contact naming 100,000 customer people is refused in words', () => {
    const tables = fixture();
    const contact = first(tables, 'contacts');
    const ids: string[] = [];
    for (let index = 0; index < 100_000; index += 1)
      ids.push(`00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    contact.stakeholderIds = ids;
    const problems = problemsOf(tables);
    expect(problems.map(describeRestoreProblem)).toEqual([
      `contacts ${String(contact.id)}: stakeholderIds holds more than 100 people`,
    ]);
  });
});
