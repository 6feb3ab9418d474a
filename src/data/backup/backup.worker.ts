/**
 * The backup worker: takes a backup (every table, read in one transaction so it is consistent) or
 * reads one back (its envelope checked, then every record restored: upgraded and validated), so a
 * large database never holds up the page.
 */
import '../../lib/zod-config';
import { BackupFileError, buildBackupFile } from '../../domain/backup/backup-file';
import { db } from '../db';
import { currentSchemaVersion } from '../schema';
import { getAllTables } from '../spreadsheet-sources';
import { failedReply } from '../worker-jobs';
import { readBackupContents, type BackupContents } from './backup-contents';

export type BackupJob = { kind: 'take'; appVersion: string; createdAt: string } | { kind: 'read'; bytes: ArrayBuffer };
export type TakenBackup = { bytes: Uint8Array; counts: Record<string, number> };

type WorkerScope = {
  onmessage: ((event: MessageEvent<BackupJob>) => void) | null;
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
};
const scope = self as unknown as WorkerScope;

const takeBackup = async (appVersion: string, createdAt: string): Promise<TakenBackup> => {
  const tables = await getAllTables();
  const file = buildBackupFile(tables, { appVersion, schemaVersion: currentSchemaVersion, createdAt });
  return { bytes: new TextEncoder().encode(JSON.stringify(file)), counts: file.counts };
};

const readBackup = (bytes: ArrayBuffer): BackupContents => {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BackupFileError('This file is not a Contact Plan backup: it is not text (UTF-8).');
  }
  return readBackupContents(text);
};

scope.onmessage = (event) => {
  const job = event.data;
  void (async () => {
    try {
      if (job.kind === 'take') {
        const result = await takeBackup(job.appVersion, job.createdAt);
        scope.postMessage({ ok: true, result }, [result.bytes.buffer]);
      } else {
        scope.postMessage({ ok: true, result: readBackup(job.bytes) });
      }
    } catch (error) {
      scope.postMessage(failedReply(error));
    } finally {
      db.close();
    }
  })();
};
