import { expect, test } from 'vitest';
import { checkTwoPersonRule } from '../../../src/domain/rules/two-person';

test.each([
  ['nobody of ours', [], 'planned', { kind: 'too-few-attendees', attendeeCount: 0 }],
  ['one of ours', ['a'], 'planned', { kind: 'too-few-attendees', attendeeCount: 1 }],
  ['the same person listed twice counts once', ['a', 'a'], 'planned', { kind: 'too-few-attendees', attendeeCount: 1 }],
  ['two of ours', ['a', 'b'], 'planned', { kind: 'ok' }],
  ['three of ours', ['a', 'b', 'c'], 'held', { kind: 'ok' }],
  ['a cancelled contact is not judged', ['a'], 'cancelled', { kind: 'ok' }],
] as const)('%s', (_, attendeeIds, status, expected) => {
  expect(checkTwoPersonRule({ attendeeIds, status })).toEqual(expected);
});
