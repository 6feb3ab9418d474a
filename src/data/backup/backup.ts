import { asStorageError } from '../errors';
import { db } from '../db';
import { tableNames } from '../record-schemas';
import { planArchiveImport, type ArchiveImportPlan } from '../spreadsheet-sources';
import { runWorkerJob } from '../worker-jobs';
import type { BackupContents } from './backup-contents';
import type { BackupJob, TakenBackup } from './backup.worker';
import { recordBackupTaken } from './backup-status';

const backupWorker = () =>
  new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'backup' });

/** Every record of every table in one JSON file (built in a worker); remembers when it was taken. */
export const takeBackup = async (
  appVersion: string,
  signal?: AbortSignal,
): Promise<TakenBackup & { createdAt: string }> => {
  const createdAt = new Date().toISOString();
  const taken = await runWorkerJob<BackupJob, TakenBackup>(
    backupWorker,
    { kind: 'take', appVersion, createdAt },
    { kind: 'backup', consequence: 'No backup was made.', signal },
  );
  recordBackupTaken(createdAt);
  return { ...taken, createdAt };
};

/** Reads and validates a backup file completely (in a worker) before anything is touched. */
export const readBackup = async (file: File, signal?: AbortSignal): Promise<BackupContents> => {
  const bytes = await file.arrayBuffer();
  return runWorkerJob<BackupJob, BackupContents>(
    backupWorker,
    { kind: 'read', bytes },
    { kind: 'backup', consequence: 'Nothing was restored.', transfer: [bytes], signal },
  );
};

/** How many records this browser holds now: restoring into an empty database needs no question. */
export const countAllRecords = async (): Promise<number> =>
  (await Promise.all(tableNames.map((name) => db.tableOf(name).count()))).reduce((sum, count) => sum + count, 0);

/**
 * Replaces everything with the backup, in one transaction: every table is emptied and refilled, or,
 * if anything fails (a full disk), nothing changes. The records are the ones readBackup restored.
 */
export const replaceWithBackup = async (backup: BackupContents): Promise<number> => {
  db.assertWritable();
  const tables = tableNames.map((name) => db.tableOf(name));
  try {
    return await db.transaction('rw', tables, async () => {
      let restored = 0;
      for (const name of tableNames) {
        const records = backup.tables[name];
        const table = db.tableOf(name) as unknown as {
          clear: () => Promise<void>;
          bulkAdd: (rows: unknown[]) => Promise<unknown>;
        };
        await table.clear();
        await table.bulkAdd(records);
        restored += records.length;
      }
      return restored;
    });
  } catch (error) {
    throw asStorageError(error, 'this backup');
  }
};

/** Merging: records matched by id, the newer proposed, every differing one listed (as for an archive). */
export const planBackupMerge = (backup: BackupContents): Promise<ArchiveImportPlan> => planArchiveImport(backup.tables);
