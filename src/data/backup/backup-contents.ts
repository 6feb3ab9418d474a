import { BackupFileError, readBackupFile, type BackupMeta } from '../../domain/backup/backup-file';
import {
  countRefusedRecords,
  restoreTables,
  summarizeRestoreProblems,
  type RestoredTables,
  type RestoreOptions,
} from '../restore';
import { schemaVersions, tableNamesAt } from '../schema';
import { countLabel } from '../../domain/count-label';

/** A backup read back: what the file says about itself, and every record valid for this app. */
export type BackupContents = {
  meta: BackupMeta & { formatVersion: number };
  tables: RestoredTables;
};

/**
 * Reads a backup completely before anything is touched: its envelope (domain/backup/backup-file),
 * then every record through the restore step, upgraded from the database version it was taken at.
 * Throws a BackupFileError naming what is wrong; runs in the backup worker.
 */
export const readBackupContents = (text: string, options: RestoreOptions = {}): BackupContents => {
  const versions = options.versions ?? schemaVersions;
  const current = versions.at(-1)?.version ?? 1;
  const { meta, tables } = readBackupFile(text, (version) => tableNamesAt(version, versions), current);
  const result = restoreTables(tables, meta.schemaVersion, options);
  if (result.status === 'newer') throw new BackupFileError(`This backup ${result.reason}`);
  if (result.status === 'refused') {
    const count = countRefusedRecords(result.problems);
    throw new BackupFileError(
      `This backup has ${countLabel(count, 'invalid record')}, so nothing was restored: ${summarizeRestoreProblems(result.problems)}`,
    );
  }
  return { meta, tables: result.tables };
};
