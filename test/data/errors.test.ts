import { describe, expect, test } from 'vitest';
import { describeIssues, fieldProblemsOf } from '../../src/data/errors';
import { buildExamplePlan } from '../../src/data/example-plan';
import { recordSchemas } from '../../src/data/record-schemas';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z');
const contact = plan.contacts[0] as unknown as Record<string, unknown>;
const stakeholder = plan.stakeholders[0] as unknown as Record<string, unknown>;

const problemsOf = (name: keyof typeof recordSchemas, value: Record<string, unknown>, passValue = true) => {
  const result = recordSchemas[name].safeParse(value);
  if (result.success) throw new Error('expected problems');
  return describeIssues(result.error.issues, passValue ? value : undefined);
};

describe('zod problems in words (one wording for writes, reads, backups and archives)', () => {
  test("the app's own messages are kept", () => {
    expect(problemsOf('contacts', { ...contact, date: '23/07/2014' })).toEqual([
      'date must be a date written yyyy-MM-dd',
    ]);
    expect(problemsOf('stakeholders', { ...stakeholder, name: '  ' })).toEqual(['name is required']);
  });

  test("zod's own messages are rewritten in plain words", () => {
    expect(
      problemsOf('contacts', { ...contact, status: 'done', attendeeIds: 'Bill', location: 'x'.repeat(501) }),
    ).toEqual([
      'attendeeIds must be a list (it is text)',
      'location is longer than 500 characters',
      'status must be one of: planned, held, cancelled',
    ]);
    expect(problemsOf('stakeholders', { ...stakeholder, id: 'jones', isContractingOfficer: 'yes' })).toEqual([
      'isContractingOfficer must be true or false (it is text)',
      'id must be an id (a UUID)',
    ]);
  });

  test('a field that is absent is missing; one the app does not know is named', () => {
    const { status: _status, ...withoutStatus } = contact;
    expect(problemsOf('contacts', { ...withoutStatus, priority: 'high' })).toEqual([
      'status is missing',
      'priority is not a field this version of Contact Plan knows',
    ]);
    // Without the value (a write error), an absent text or list is still called missing.
    const { name: _name, ...withoutName } = stakeholder;
    expect(problemsOf('stakeholders', withoutName, false)).toEqual(['name is missing']);
  });

  test('each problem names its field separately, for messages that list table, id and field', () => {
    const result = recordSchemas.contacts.safeParse({ ...contact, items: [{ kind: 'ask' }] });
    expect(result.success).toBe(false);
    expect(fieldProblemsOf(result.error?.issues ?? [], { ...contact, items: [{ kind: 'ask' }] })).toEqual([
      { field: 'items.0.id', reason: 'is missing' },
      { field: 'items.0.text', reason: 'is missing' },
      { field: 'items.0.messageId', reason: 'is missing' },
    ]);
  });
});
