import { useRef, useState } from 'react';
import type { BackupContents } from '../../../data/backup/backup-contents';
import type { ArchiveImportPlan } from '../../../data/spreadsheet-sources';
import { countRecordsOf } from '../../../data/record-schemas';
import { isCancelled } from '../../../data/worker-jobs';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { formatNumber } from '../../../lib/dates';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { MergeChoicesTable } from '../../../ui/merge-choices-table';
import { useRecordNames } from '../../../hooks/use-record-names';
import { namesWith } from '../../../ui/record-words';
import {
  useApplyBackupMerge,
  useCountAllRecords,
  usePlanBackupMerge,
  useReadBackup,
  useReplaceWithBackup,
  useTakeBackup,
} from '../api/use-backup';
import { countLabel, nounFor } from '../../../domain/count-label';
import { cleanFileName } from '../../../domain/clean-text';

const countOf = (backup: BackupContents) =>
  Object.values(backup.tables).reduce((sum, records) => sum + records.length, 0);

type Restore =
  | { step: 'reading'; fileName: string }
  | { step: 'chosen'; fileName: string; backup: BackupContents; recordsHere: number }
  | { step: 'merging'; fileName: string; backup: BackupContents; planned: ArchiveImportPlan }
  | { step: 'done'; message: string };

/** Back up everything to one file, and restore one: into an empty database at once, else replacing or merging. */
export const BackupRestore = () => {
  const localNames = useRecordNames();
  const takeBackup = useTakeBackup();
  const readBackup = useReadBackup();
  const countAllRecords = useCountAllRecords();
  const replaceWithBackup = useReplaceWithBackup();
  const planBackupMerge = usePlanBackupMerge();
  const applyBackupMerge = useApplyBackupMerge();
  const backupRun = useActionRunner();
  const restoreRun = useActionRunner();
  const [backupMessage, setBackupMessage] = useState<string | null>(null);
  const [isBackingUp, setIsBackingUp] = useState(false);
  const [restore, setRestore] = useState<Restore | null>(null);
  const [isConfirmingReplace, setIsConfirmingReplace] = useState(false);
  const [choices, setChoices] = useState<Record<string, 'local' | 'archive'>>({});
  const reading = useRef<AbortController | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const backUp = () => {
    setIsBackingUp(true);
    setBackupMessage(null);
    void backupRun
      .run(async () => {
        const counts = await takeBackup();
        const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
        setBackupMessage(
          `Backup downloaded: ${countLabel(total, 'record')}. Keep the file somewhere safe, away from this computer.`,
        );
      })
      .finally(() => setIsBackingUp(false));
  };

  const chooseFile = (file: File) => {
    setRestore({ step: 'reading', fileName: cleanFileName(file.name) });
    setChoices({});
    reading.current = new AbortController();
    const { signal } = reading.current;
    void restoreRun.run(async () => {
      try {
        const backup = await readBackup(file, signal);
        setRestore({
          step: 'chosen',
          fileName: cleanFileName(file.name),
          backup,
          recordsHere: await countAllRecords(),
        });
      } catch (caught) {
        setRestore(null);
        if (!isCancelled(caught)) throw caught;
      }
    });
  };

  const replace = (backup: BackupContents) => {
    setIsConfirmingReplace(false);
    void restoreRun.run(async () => {
      const restored = await replaceWithBackup(backup);
      setRestore({ step: 'done', message: `Restored: ${countLabel(restored, 'record')}, exactly as in the backup.` });
    });
  };

  const startMerge = (fileName: string, backup: BackupContents) =>
    void restoreRun.run(async () =>
      setRestore({ step: 'merging', fileName, backup, planned: await planBackupMerge(backup) }),
    );

  const applyMerge = (planned: ArchiveImportPlan) =>
    void restoreRun.run(async () => {
      const result = await applyBackupMerge(planned, choices);
      setRestore({
        step: 'done',
        message: `Merged: ${countLabel(result.added, 'record')} added, ${formatNumber(result.replaced)} replaced by the backup’s version, ${formatNumber(result.kept)} kept as they were here.`,
      });
    });

  const summary = (backup: BackupContents) => (
    <p>
      Backup taken{' '}
      {backup.meta.createdAt
        ? new Date(backup.meta.createdAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })
        : 'at an unknown time'}{' '}
      by Contact Plan {backup.meta.appVersion}:{' '}
      {Object.entries(backup.tables)
        .filter(([, records]) => records.length > 0)
        .map(([table, records]) => countRecordsOf(table, records.length))
        .join(', ') || 'no records'}
      . Every record was checked.
    </p>
  );

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>
        A backup is one file with every record: opportunities, people, contacts, debriefs, outcomes, action items and
        messages. Take one each week, and before clearing this browser or moving to another computer.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={backUp}
          disabled={isBackingUp}
          aria-busy={isBackingUp}
        >
          {isBackingUp ? 'Backing up…' : 'Back up everything'}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Restore backup
        </button>
        {/* Opened by the button above, which a keyboard reaches and sees. */}
        <input
          ref={fileInput}
          id="restore-file"
          hidden
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) chooseFile(file);
            event.target.value = '';
          }}
        />
      </div>
      {backupMessage ? <p role="status">{backupMessage}</p> : null}
      <ErrorAlert message={backupRun.error} />
      <ErrorAlert message={restoreRun.error} />

      {restore?.step === 'reading' ? (
        <div className="progress-row" role="status">
          <progress aria-label={`Checking ${restore.fileName}`} />
          <span>Checking every record of {restore.fileName}…</span>
          <button type="button" className="button button-small" onClick={() => reading.current?.abort()}>
            Cancel
          </button>
        </div>
      ) : null}

      {restore?.step === 'chosen' ? (
        <div className="notice" aria-label="Backup to restore" role="region">
          <h3>{restore.fileName}</h3>
          {summary(restore.backup)}
          {restore.recordsHere === 0 ? (
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => replace(restore.backup)}>
                Restore {countLabel(countOf(restore.backup), 'record')}
              </button>
              <button type="button" className="button" onClick={() => setRestore(null)}>
                Cancel
              </button>
            </div>
          ) : (
            <>
              <p>
                This browser already holds {countLabel(restore.recordsHere, 'record')}. Replace{' '}
                {nounFor(restore.recordsHere, 'it', 'them')} with the backup, or merge the two?
              </p>
              <div className="button-row">
                <button type="button" className="button button-danger" onClick={() => setIsConfirmingReplace(true)}>
                  Replace everything
                </button>
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => startMerge(restore.fileName, restore.backup)}
                >
                  Merge
                </button>
                <button type="button" className="button" onClick={() => setRestore(null)}>
                  Cancel
                </button>
              </div>
              <ConfirmDialog
                isOpen={isConfirmingReplace}
                title="Replace everything with the backup?"
                confirmLabel="Replace everything"
                isDestructive
                onConfirm={() => replace(restore.backup)}
                onCancel={() => setIsConfirmingReplace(false)}
              >
                <p>
                  The {countLabel(restore.recordsHere, 'record')} in this browser{' '}
                  {nounFor(restore.recordsHere, 'is', 'are')} deleted and the backup’s{' '}
                  {formatNumber(countOf(restore.backup))} put in their place. Anything not in the backup is lost. Back
                  up first if unsure.
                </p>
              </ConfirmDialog>
            </>
          )}
        </div>
      ) : null}

      {restore?.step === 'merging' ? (
        <div className="notice" aria-label="Merge the backup" role="region">
          <h3>Merge {restore.fileName}</h3>
          <ul>
            <li>
              {countLabel(
                Object.values(restore.planned.plan.added).reduce((sum, rows) => sum + rows.length, 0),
                'record',
              )}{' '}
              to add
            </li>
            <li>{countLabel(restore.planned.plan.unchanged, 'record')} already here, identical</li>
            <li>
              {countLabel(restore.planned.plan.differing.length, 'record')} here in another version (the newer is
              proposed)
            </li>
          </ul>
          {restore.planned.plan.differing.length > 0 ? (
            <MergeChoicesTable
              names={namesWith(localNames, restore.planned.plan.added)}
              differing={restore.planned.plan.differing}
              choices={choices}
              onChange={setChoices}
              sourceName="backup"
            />
          ) : null}
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => applyMerge(restore.planned)}>
              Merge backup
            </button>
            <button type="button" className="button" onClick={() => setRestore(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}

      {restore?.step === 'done' ? <p role="status">{restore.message}</p> : null}
    </section>
  );
};
