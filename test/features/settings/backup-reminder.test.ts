import { expect, test } from 'vitest';
import { backupReminder } from '../../../src/features/settings/utils/backup-reminder';

const now = Date.parse('2026-11-24T12:00:00Z');

test('no change since the last backup: no reminder, however old the backup', () => {
  expect(backupReminder({ lastBackupAt: '2026-01-01T00:00:00Z', firstChangeSinceBackupAt: null }, now)).toEqual({
    isDue: false,
    days: 0,
  });
});

test('changed since a backup taken 7 days ago or more: a reminder, counted from the backup', () => {
  expect(
    backupReminder({ lastBackupAt: '2026-11-17T12:00:00Z', firstChangeSinceBackupAt: '2026-11-24T11:00:00Z' }, now),
  ).toEqual({ isDue: true, days: 7 });
  expect(
    backupReminder({ lastBackupAt: '2026-11-18T12:00:00Z', firstChangeSinceBackupAt: '2026-11-18T13:00:00Z' }, now),
  ).toEqual({ isDue: false, days: 6 });
});

test('never backed up: a week of grace from the first change', () => {
  expect(backupReminder({ lastBackupAt: null, firstChangeSinceBackupAt: '2026-11-20T12:00:00Z' }, now)).toEqual({
    isDue: false,
    days: 4,
  });
  expect(backupReminder({ lastBackupAt: null, firstChangeSinceBackupAt: '2026-11-10T12:00:00Z' }, now)).toEqual({
    isDue: true,
    days: 14,
  });
});
