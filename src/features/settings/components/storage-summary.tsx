import { useEffect, useState } from 'react';
import { currentSchemaVersion } from '../../../data/schema';
import { formatNumber } from '../../../lib/dates';
import { requestPersistentStorage, useBackupStatus, useStorageState } from '../api/use-backup';

export const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 1_048_576) * 10) / 10)} MB`;

const formatInstant = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Where the data lives, how much room it has, whether the browser promised to keep it, and when it was last backed up. */
export const StorageSummary = () => {
  const { state, refresh } = useStorageState();
  const backup = useBackupStatus();
  const [askResult, setAskResult] = useState<string | null>(null);
  const [worksOffline, setWorksOffline] = useState<boolean | null>(null);

  useEffect(() => {
    let isCurrent = true;
    const serviceWorkers = navigator.serviceWorker as ServiceWorkerContainer | undefined;
    void (serviceWorkers?.getRegistration() ?? Promise.resolve(undefined)).then((registration) => {
      if (isCurrent) setWorksOffline(Boolean(registration?.active));
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  const measured = typeof state === 'object' ? state : null;
  const unknownText = state === 'loading' ? 'Measuring…' : 'This browser does not say';

  const ask = async () => {
    const granted = await requestPersistentStorage();
    setAskResult(
      granted
        ? 'Granted: the browser will not clear this data to free space.'
        : 'Not granted (browsers decide by how the site is used; installing the app or bookmarking it often helps). Keep taking backups.',
    );
    await refresh();
  };

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <p>
        Every plan lives in this browser’s local database (IndexedDB) on this computer. Only pursuits you share with the
        team are also sent to the team server; the rest is sent nowhere. Clearing this site’s data, or using another
        browser or computer, means starting without the plans you have not shared — keep backups.
      </p>
      <dl className="key-dates">
        <dt>Space used</dt>
        <dd>{measured ? megabytes(measured.usage) : unknownText}</dd>
        <dt>Space available</dt>
        <dd>
          {measured
            ? `${megabytes(Math.max(0, measured.quota - measured.usage))} more (of ${megabytes(measured.quota)} this site may use)`
            : unknownText}
        </dd>
        <dt>Persistent storage</dt>
        <dd>
          {measured?.isPersisted === true
            ? 'Granted: the browser will not clear this data to free space'
            : measured?.isPersisted === false
              ? 'Not granted: the browser may clear this data when the disk is nearly full'
              : unknownText}
        </dd>
        <dt>Works offline</dt>
        <dd>
          {worksOffline === null
            ? 'Checking…'
            : worksOffline
              ? 'Yes: the app is kept in this browser, and every screen opens without a network'
              : 'Not yet: open Contact Plan once while online (the browser must allow service workers)'}
        </dd>
        <dt>Last backup</dt>
        <dd>{backup.lastBackupAt ? formatInstant(backup.lastBackupAt) : 'Never in this browser'}</dd>
        <dt>Database version</dt>
        <dd>{currentSchemaVersion}</dd>
      </dl>
      {measured?.isPersisted === false ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void ask()}>
            Ask to keep this data
          </button>
        </div>
      ) : null}
      {askResult ? <p role="status">{askResult}</p> : null}
    </section>
  );
};
