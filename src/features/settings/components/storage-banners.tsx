import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { useBackupStatus, useStorageState } from '../api/use-backup';
import { backupReminder } from '../utils/backup-reminder';
import { megabytes } from './storage-summary';
import { countLabel } from '../../../domain/count-label';

/** Storage is low when less than this share of the site's quota, or less than 50 MB, is left. */
const isLow = (usage: number, quota: number) =>
  quota > 0 && (quota - usage < quota * 0.1 || quota - usage < 50 * 1_048_576);

/**
 * Two warnings on every screen: storage running low (a save may soon fail), and data changed with no
 * backup for a week (see backupReminder).
 */
export const StorageBanners = () => {
  const backup = useBackupStatus();
  const { state, refresh } = useStorageState();
  const [now, setNow] = useState(() => Date.now());

  // Re-measure now and then: imports and other tabs fill the disk too.
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(Date.now());
      void refresh();
    }, 60_000);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const { isDue: needsBackup, days: daysWithoutBackup } = backupReminder(backup, now);
  const low = typeof state === 'object' && isLow(state.usage, state.quota) ? state : null;

  return (
    <>
      {low ? (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>Storage is almost full:</strong> {megabytes(low.usage)} used of {megabytes(low.quota)}. Saves may
            soon fail. Back up everything, then delete pursuits you no longer need, or free disk space.
          </p>
          <Link className="button" to={hrefs.settings()}>
            Open Settings
          </Link>
        </div>
      ) : null}
      {needsBackup ? (
        <div className="banner banner-warning" role="status">
          <p>
            <strong>
              {backup.lastBackupAt ? `No backup for ${countLabel(daysWithoutBackup, 'day')}` : 'No backup yet'}
            </strong>
            , and your plans have changed since. Everything lives only in this browser: back up to keep it safe.
          </p>
          <Link className="button" to={hrefs.settings()}>
            Back up in Settings
          </Link>
        </div>
      ) : null}
    </>
  );
};
