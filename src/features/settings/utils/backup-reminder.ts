import type { BackupStatus } from '../../../data/backup/backup-status';

/** A backup older than this, with changes since, is worth a reminder. */
export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Whether to remind the user to back up, and how many days it has been: only when data changed
 * since the last backup, counted from that backup — or, before the first one, from the first
 * change, so a new user gets a week before the first reminder.
 */
export const backupReminder = (status: BackupStatus, now: number): { isDue: boolean; days: number } => {
  if (status.firstChangeSinceBackupAt === null) return { isDue: false, days: 0 };
  const since = status.lastBackupAt ?? status.firstChangeSinceBackupAt;
  const days = Math.floor((now - Date.parse(since)) / DAY_MS);
  return { isDue: days >= BACKUP_REMINDER_DAYS, days };
};
