import { expect, test } from 'vitest';
import { connectionInWords, describeServerError } from '../../../src/data/sync/connection-state';
import { readServerUrl } from '../../../src/data/sync/server-session';

test.each([
  [
    { status: 401, reason: 'Name or password is incorrect.' },
    'Signed out of the team server: sign in again in Settings',
  ],
  [
    { status: 403, reason: 'The id notes:1 names no table of Contact Plan.' },
    'Refused by the team server: The id notes:1 names no table of Contact Plan.',
  ],
  [{ status: 404, reason: 'missing' }, 'Waiting for the team server to set up this pursuit'],
  [{ status: 500, reason: 'crashed' }, 'Team server unreachable: changes are kept here and sent when it answers'],
  [new TypeError('Failed to fetch'), 'Team server unreachable: changes are kept here and sent when it answers'],
  [{ status: 413, reason: 'Document too large' }, 'Sync error: Document too large (413)'],
])('a failure %j is said as “%s”', (error, words) => {
  expect(connectionInWords(describeServerError(error))).toBe(words);
});

test.each([
  ['https://couch.example.com/', { url: 'https://couch.example.com' }],
  ['  http://127.0.0.1:5984 ', { url: 'http://127.0.0.1:5984' }],
  ['', { problem: 'Enter the team server’s address, such as https://couch.example.com' }],
  [
    'couch.example.com',
    { problem: 'couch.example.com is not a web address (it should look like https://couch.example.com)' },
  ],
  [
    'ftp://couch.example.com',
    { problem: 'ftp://couch.example.com is not a web address (it should start with https://)' },
  ],
  [
    'https://ann:secret@couch.example.com',
    { problem: 'Leave the name and password out of the address: sign in below instead' },
  ],
])('the server address %j is read as %j', (typed, expected) => {
  expect(readServerUrl(typed)).toEqual(expected);
});
