import { useRef, useState } from 'react';
import type { ImportReceipt } from '../../../data/import-contacts';
import type { ImportSession } from '../../../data/import-session/import-session';
import { isCancelled } from '../../../data/worker-jobs';
import { SHEET_HEAD_ROWS, type ImportProgress, type SheetSummary } from '../../../data/import-session/protocol';
import type { ArchiveContents } from '../../../data/spreadsheet-sources';
import { cellText } from '../../../domain/import/cells';
import { detectHeaderRow, guessMapping, headerSignature, type ColumnMapping } from '../../../domain/import/columns';
import type { PreviewFilter, PreviewPage, PreviewSummary } from '../../../domain/import/import-preview';
import type { ContactOverride } from '../../../domain/import/overrides';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { checkSpreadsheetFile } from '../../../lib/spreadsheet-files';
import { ErrorAlert } from '../../../ui/error-alert';
import { useImportSessions, useOfferImportUndo } from '../api/use-import';
import { recallMapping, rememberMapping } from '../utils/remembered-mappings';
import { ArchiveImport } from './archive-import';
import { FileStep } from './file-step';
import { ImportPreview, PREVIEW_PAGE_SIZE } from './import-preview';
import { ImportSummary } from './import-summary';
import { ImportWritingGuard } from './import-writing-guard';
import { SetupStep, type ImportSetup } from './setup-step';
import { countLabel, formatCount, nounFor } from '../../../domain/count-label';
import { cleanFileName } from '../../../domain/clean-text';

type Phase =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string; session: ImportSession }
  | { kind: 'setup'; fileName: string; session: ImportSession; sheets: SheetSummary[] }
  | { kind: 'committing'; fileName: string; progress: ImportProgress | null }
  | { kind: 'done'; receipt: ImportReceipt; leftOut: number }
  | { kind: 'archive'; fileName: string; contents: ArchiveContents };

type Preview = { summary: PreviewSummary; page: PreviewPage; isUpdating: boolean };

const headersOf = (sheets: readonly SheetSummary[], sheetIndex: number, headerRow: number) =>
  (sheets[sheetIndex]?.head[headerRow] ?? []).map(cellText);

const mappingFor = (sheets: readonly SheetSummary[], sheetIndex: number, headerRow: number): ColumnMapping => {
  const headers = headersOf(sheets, sheetIndex, headerRow);
  return (recallMapping(headerSignature(headers)) as ColumnMapping | null) ?? guessMapping(headers);
};

const companyNames = (typed: string) =>
  typed
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);

/**
 * Import spreadsheet: pick a file, map its columns, check every contact, commit at once, with Undo.
 * The file is read, previewed and written by the import worker; this screen shows one page of
 * contacts at a time and sends the user's choices and fixes.
 */
export const ImportWizard = ({ targetOpportunityId }: { targetOpportunityId: string | null }) => {
  const sessions = useImportSessions();
  const offerImportUndo = useOfferImportUndo();
  const { error, run } = useActionRunner();
  const [phase, setPhase] = useState<Phase>({ kind: 'pick' });
  const [setup, setSetup] = useState<ImportSetup>({
    sheetIndex: 0,
    headerRow: 0,
    mapping: {},
    layout: 'seed',
    dayFirst: false,
    ourCompanyNames: 'Your Company, Our Company',
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [confirmedMatches, setConfirmedMatches] = useState<Record<string, string>>({});
  // Only the newest rebuild's answer is shown when the user changes settings quickly.
  const latestRequest = useRef(0);

  const showPreview = async (
    session: ImportSession,
    next: ImportSetup,
    keepOverrides: boolean,
    filter: PreviewFilter = 'all',
  ) => {
    latestRequest.current += 1;
    const request = latestRequest.current;
    setSetup(next);
    setPreview((current) => (current ? { ...current, isUpdating: true } : current));
    const previewSetup = {
      headerRow: next.headerRow,
      mapping: next.mapping,
      layout: next.layout,
      dayFirst: next.dayFirst,
      ourCompanyNames: companyNames(next.ourCompanyNames),
    };
    const summary = await session.build(next.sheetIndex, previewSetup, keepOverrides);
    const page = await session.page(filter, 0, PREVIEW_PAGE_SIZE);
    if (request === latestRequest.current) setPreview({ summary, page, isUpdating: false });
  };

  const handleFile = (file: File) =>
    run(async () => {
      const refusal = checkSpreadsheetFile(file);
      if (refusal) throw new Error(refusal);
      const session = sessions.forNewFile();
      setPhase({ kind: 'reading', fileName: cleanFileName(file.name), session });
      setPreview(null);
      setConfirmedMatches({});
      try {
        const opened = await session.open(file);
        if (opened.kind === 'archive') {
          sessions.endFile();
          setPhase({ kind: 'archive', fileName: cleanFileName(file.name), contents: opened });
          return;
        }
        const sheetIndex = Math.max(
          0,
          opened.sheets.findIndex((sheet) => sheet.rowCount > 0),
        );
        const headerRow = detectHeaderRow(opened.sheets[sheetIndex]?.head ?? []);
        const mapping = mappingFor(opened.sheets, sheetIndex, headerRow);
        const layout = await session.guessLayout(sheetIndex, headerRow, mapping);
        await showPreview(session, { ...setup, sheetIndex, headerRow, mapping, layout }, false);
        setPhase({ kind: 'setup', fileName: cleanFileName(file.name), session, sheets: opened.sheets });
      } catch (caught) {
        sessions.endFile();
        setPhase({ kind: 'pick' });
        if (!isCancelled(caught)) throw caught;
      }
    });

  const changeSetup = (session: ImportSession, sheets: readonly SheetSummary[], changes: Partial<ImportSetup>) =>
    run(async () => {
      const next = { ...setup, ...changes };
      const isNewGrid = next.sheetIndex !== setup.sheetIndex || next.headerRow !== setup.headerRow;
      if (next.sheetIndex !== setup.sheetIndex) next.headerRow = detectHeaderRow(sheets[next.sheetIndex]?.head ?? []);
      if (isNewGrid) next.mapping = mappingFor(sheets, next.sheetIndex, next.headerRow);
      await showPreview(session, next, !isNewGrid, preview?.page.filter);
    });

  const showPage = (session: ImportSession, filter: PreviewFilter, offset: number) =>
    run(async () => {
      const page = await session.page(filter, offset, PREVIEW_PAGE_SIZE);
      setPreview((current) => (current ? { ...current, page } : current));
    });

  const fixContact = (session: ImportSession, key: string, override: ContactOverride) =>
    run(async () => {
      // Shown at once; the worker's answer (problems re-checked) replaces it a moment later.
      setPreview((current) =>
        current
          ? {
              ...current,
              page: {
                ...current.page,
                contacts: current.page.contacts.map((shown) =>
                  shown.key === key ? { ...shown, override, isSkipped: override.isSkipped ?? false } : shown,
                ),
              },
            }
          : current,
      );
      const { summary, contact } = await session.override(key, override);
      setPreview((current) =>
        current && contact
          ? {
              ...current,
              summary,
              page: {
                ...current.page,
                contacts: current.page.contacts.map((shown) => (shown.key === key ? contact : shown)),
              },
            }
          : current,
      );
    });

  const leaveOutUnsavable = (session: ImportSession) =>
    run(async () => {
      const summary = await session.leaveOutUnsavable();
      setPreview((current) => (current ? { ...current, summary } : current));
      if (preview) await showPage(session, preview.page.filter, preview.page.offset);
    });

  const commit = (session: ImportSession, fileName: string, sheets: readonly SheetSummary[]) =>
    run(async () => {
      rememberMapping(headerSignature(headersOf(sheets, setup.sheetIndex, setup.headerRow)), setup.mapping);
      setPhase({ kind: 'committing', fileName, progress: null });
      try {
        const { receipt, leftOut } = await session.commit(targetOpportunityId, confirmedMatches, (progress) =>
          setPhase({ kind: 'committing', fileName, progress }),
        );
        sessions.endFile();
        offerImportUndo(receipt);
        setPhase({ kind: 'done', receipt, leftOut });
      } catch (caught) {
        // Nothing was written; the preview (and its worker) stay, so the user can try again.
        setPhase({ kind: 'setup', fileName, session, sheets: [...sheets] });
        throw caught;
      }
    });

  return (
    <div className="import-wizard">
      <ImportWritingGuard fileName={phase.kind === 'committing' ? phase.fileName : null} />
      <ErrorAlert message={error} />
      {phase.kind === 'pick' ? <FileStep onFile={(file) => void handleFile(file)} /> : null}
      {phase.kind === 'reading' ? (
        <div className="progress-row" role="status">
          <progress aria-label={`Reading ${phase.fileName}`} />
          <span>Reading {phase.fileName}… (large files take a few seconds; the page stays usable)</span>
          <button type="button" className="button" onClick={() => phase.session.end()}>
            Cancel
          </button>
        </div>
      ) : null}
      {phase.kind === 'setup' && preview ? (
        <>
          <p>
            <strong>{phase.fileName}</strong>{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                sessions.endFile();
                setPhase({ kind: 'pick' });
              }}
            >
              Choose another file
            </button>
          </p>
          <SetupStep
            sheets={phase.sheets}
            maxHeaderRow={SHEET_HEAD_ROWS}
            setup={setup}
            onChange={(changes) => void changeSetup(phase.session, phase.sheets, changes)}
          />
          <ImportPreview
            summary={preview.summary}
            page={preview.page}
            isUpdating={preview.isUpdating}
            onPage={(filter, offset) => void showPage(phase.session, filter, offset)}
            onOverride={(key, override) => void fixContact(phase.session, key, override)}
            confirmedMatches={confirmedMatches}
            onConfirmMatch={(name, id) => {
              const others = Object.fromEntries(
                Object.entries(confirmedMatches).filter(([matchedName]) => matchedName !== name),
              );
              setConfirmedMatches(id ? { ...others, [name]: id } : others);
            }}
          />
          {preview.summary.cannotBeSaved > 0 ? (
            <div className="notice notice-warning" role="alert">
              <p>
                {countLabel(preview.summary.cannotBeSaved, 'contact')}{' '}
                {nounFor(preview.summary.cannotBeSaved, 'has', 'have')} text longer than a contact takes (see “Only
                contacts with something to check”). Shorten it in the file and choose it again, or import without{' '}
                {preview.summary.cannotBeSaved === 1 ? 'it' : 'them'}.
              </p>
              <button
                type="button"
                className="button"
                disabled={preview.isUpdating}
                onClick={() => void leaveOutUnsavable(phase.session)}
              >
                Leave {preview.summary.cannotBeSaved === 1 ? 'it' : 'them'} out
              </button>
            </div>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={
                preview.isUpdating ||
                preview.summary.total - preview.summary.skipped === 0 ||
                preview.summary.cannotBeSaved > 0
              }
              onClick={() => void commit(phase.session, phase.fileName, phase.sheets)}
            >
              Import {countLabel(preview.summary.total - preview.summary.skipped, 'contact')}
            </button>
          </div>
        </>
      ) : null}
      {phase.kind === 'committing' ? (
        <div className="progress-row" role="status">
          <progress
            aria-label={`Importing ${phase.fileName}`}
            max={phase.progress?.total}
            value={phase.progress?.done}
          />
          <span>
            Importing {phase.fileName}
            {phase.progress
              ? `: ${formatCount(phase.progress.done)} of ${countLabel(phase.progress.total, 'contact')}`
              : '…'}{' '}
            Nothing is kept unless all of it is written.
          </span>
        </div>
      ) : null}
      {phase.kind === 'archive' ? <ArchiveImport fileName={phase.fileName} contents={phase.contents} /> : null}
      {phase.kind === 'done' ? (
        <ImportSummary
          receipt={phase.receipt}
          leftOut={phase.leftOut}
          onAnotherFile={() => setPhase({ kind: 'pick' })}
        />
      ) : null}
    </div>
  );
};
