import { countLabel, formatCount } from '../count-label';
/**
 * The backup file: every record of every table, as JSON, with what is needed to read it back safely
 * years later — its own format version, the database version its records were written at, the app
 * version and the time it was taken, and the record count of each table (a truncated file is
 * caught). Reading here checks the file's envelope; its records are upgraded and validated by the
 * restore step (data/restore.ts), before anything is written.
 */
export const BACKUP_FORMAT = 'contact-plan-backup';
/** Bump when the file's layout changes, and add the step from the old layout to `formatUpgrades`. */
export const BACKUP_FORMAT_VERSION = 1;

export type BackupMeta = { appVersion: string; schemaVersion: number; createdAt: string };

export type BackupFile = BackupMeta & {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  counts: Record<string, number>;
  tables: Record<string, readonly unknown[]>;
};

/** A backup's envelope, checked; its records still as written, at `meta.schemaVersion`. */
export type BackupEnvelope = {
  meta: BackupMeta & { formatVersion: number };
  tables: Record<string, unknown[]>;
};

export class BackupFileError extends Error {
  override readonly name = 'BackupFileError';
}

type RawBackup = Record<string, unknown>;

/** Layout upgrades, from version N to N+1. Version 1 is the first layout, so there are none yet. */
const formatUpgrades: Record<number, (raw: RawBackup) => RawBackup> = {};

export const buildBackupFile = (tables: Record<string, readonly unknown[]>, meta: BackupMeta): BackupFile => ({
  format: BACKUP_FORMAT,
  formatVersion: BACKUP_FORMAT_VERSION,
  ...meta,
  counts: Object.fromEntries(Object.entries(tables).map(([name, records]) => [name, records.length])),
  tables,
});

const isObject = (value: unknown): value is RawBackup =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup's envelope: its marker, format and database versions (a newer one is refused),
 * and every table this app knows, present and as long as the file says. Throws a BackupFileError
 * saying what is wrong. The records are not looked at here.
 */
export const readBackupFile = (
  text: string,
  /** The tables a database of that version has (schema.ts tableNamesAt). */
  tableNamesAt: (schemaVersion: number) => readonly string[],
  currentSchemaVersion: number,
): BackupEnvelope => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BackupFileError(
      `This file is not a Contact Plan backup: it is not valid JSON (${error instanceof Error ? error.message : String(error)}). It may be damaged or cut short.`,
    );
  }
  if (!isObject(parsed) || parsed.format !== BACKUP_FORMAT)
    throw new BackupFileError(
      'This file is not a Contact Plan backup (it has no “contact-plan-backup” marker). Choose a file made with Back up everything.',
    );

  let raw = parsed;
  const formatVersion = raw.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    throw new BackupFileError('This backup has no valid format version; it cannot be read safely.');
  if (formatVersion > BACKUP_FORMAT_VERSION)
    throw new BackupFileError(
      `This backup was made by a newer version of Contact Plan (backup format ${String(formatVersion)}). Update the app (reload it while online), then restore.`,
    );
  for (let version = formatVersion; version < BACKUP_FORMAT_VERSION; version += 1)
    raw = formatUpgrades[version]?.(raw) ?? raw;

  const schemaVersion = raw.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    throw new BackupFileError(
      'This backup does not say which database version its records come from; it cannot be read safely.',
    );
  if (schemaVersion > currentSchemaVersion)
    throw new BackupFileError(
      `This backup was made by a newer version of Contact Plan (database version ${String(schemaVersion)}; this app has ${String(currentSchemaVersion)}). Update the app, then restore.`,
    );
  if (!isObject(raw.tables)) throw new BackupFileError('This backup has no tables of records.');

  const tableNames = tableNamesAt(schemaVersion);
  const unknown = Object.keys(raw.tables).filter((name) => !tableNames.includes(name));
  if (unknown.length > 0)
    throw new BackupFileError(
      `This backup has tables this app does not know (${unknown.join(', ')}); it cannot be restored safely.`,
    );
  // The counts are how a file cut short (or spliced) is caught: a backup without them is refused.
  const counts = raw.counts;
  if (!isObject(counts))
    throw new BackupFileError(
      'This backup does not say how many records each table holds, so a file cut short could not be told from a whole one. Nothing was restored. Choose a file made with Back up everything.',
    );
  const tables: Record<string, unknown[]> = {};
  for (const name of tableNames) {
    const records = raw.tables[name];
    if (!Array.isArray(records))
      throw new BackupFileError(`This backup has no “${name}” table: it is incomplete. Nothing was restored.`);
    const expected = counts[name];
    if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0)
      throw new BackupFileError(
        `This backup does not give a valid record count for “${name}”, so a file cut short could not be told from a whole one. Nothing was restored.`,
      );
    if (expected !== records.length)
      throw new BackupFileError(
        `This backup is incomplete: it says it holds ${countLabel(expected, 'record')} in “${name}” but has ${formatCount(records.length)}. It may have been cut short.`,
      );
    tables[name] = records as unknown[];
  }
  const createdAt = typeof raw.createdAt === 'string' ? raw.createdAt : '';
  const appVersion = typeof raw.appVersion === 'string' ? raw.appVersion : 'unknown';
  return { meta: { formatVersion, schemaVersion, createdAt, appVersion }, tables };
};
