import { useEffect, useState } from 'react';
import { currentSchemaVersion } from '../../../data/schema';
import { formatNumber } from '../../../lib/dates';

type StorageEstimate = { usage: number; quota: number } | 'unavailable' | 'loading';

const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 1_048_576) * 10) / 10)} MB`;

/** Where the data lives and how much room it has, read from the browser. */
export const StorageSummary = () => {
  const [estimate, setEstimate] = useState<StorageEstimate>('loading');

  useEffect(() => {
    let isCurrent = true;
    const read = async () => {
      try {
        const { usage = 0, quota = 0 } = await navigator.storage.estimate();
        if (isCurrent) setEstimate({ usage, quota });
      } catch {
        if (isCurrent) setEstimate('unavailable');
      }
    };
    void read();
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <p>
        Every plan lives only in this browser’s local database (IndexedDB) on this computer: nothing is sent to a server. Clearing
        this site’s data, or using another browser or computer, means starting without it — keep backups.
      </p>
      <dl className="key-dates">
        <dt>Space used</dt>
        <dd>
          {estimate === 'loading' ? 'Measuring…' : estimate === 'unavailable' ? 'This browser does not say' : megabytes(estimate.usage)}
        </dd>
        <dt>Space available</dt>
        <dd>
          {estimate === 'loading' ? 'Measuring…' : estimate === 'unavailable' ? 'This browser does not say' : megabytes(estimate.quota)}
        </dd>
        <dt>Database version</dt>
        <dd>{currentSchemaVersion}</dd>
      </dl>
    </section>
  );
};
