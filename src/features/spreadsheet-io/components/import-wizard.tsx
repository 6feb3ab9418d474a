import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import type { ImportReceipt } from '../../../data/import-contacts';
import { buildImportedContacts, guessLayout, importProblems } from '../../../domain/import/build-contacts';
import { cellText } from '../../../domain/import/cells';
import { detectHeaderRow, guessMapping, headerSignature, type ColumnMapping } from '../../../domain/import/columns';
import { settleImportedContact } from '../../../domain/import/contact-to-import';
import { closeMatches, personKey } from '../../../domain/import/name-match';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { checkSpreadsheetFile, parseSpreadsheetInWorker } from '../../../lib/parse-spreadsheet';
import type { ParsedWorkbook } from '../../../lib/xlsx';
import { useCommitImport, useKnownForImport, useUndoImport } from '../api/use-import';
import { decodeArchive, isArchive } from '../../../domain/export/archive';
import { recordSchemas } from '../../../data/record-schemas';
import { applyOverride, recallMapping, rememberMapping, type ContactOverride } from '../utils/import-overrides';
import { ArchiveImport } from './archive-import';
import { FileStep } from './file-step';
import { ImportPreview } from './import-preview';
import { SetupStep, type ImportSetup } from './setup-step';
import { ErrorAlert } from '../../../ui/error-alert';

type Phase =
  | { kind: 'pick' }
  | { kind: 'reading'; fileName: string; controller: AbortController }
  | { kind: 'setup'; fileName: string; workbook: ParsedWorkbook }
  | { kind: 'done'; receipt: ImportReceipt; isUndone: boolean }
  | { kind: 'archive'; fileName: string; records: Record<string, unknown[]>; problems: string[] };

type ImportWizardProps = { targetOpportunityId: string | null };

const mappingFor = (workbook: ParsedWorkbook, sheetIndex: number, headerRow: number): ColumnMapping => {
  const headers = (workbook.sheets[sheetIndex]?.rows[headerRow] ?? []).map(cellText);
  return (recallMapping(headerSignature(headers)) as ColumnMapping | null) ?? guessMapping(headers);
};

/** Import spreadsheet: pick a file, read it, map its columns, check every contact, commit at once — with Undo. */
export const ImportWizard = ({ targetOpportunityId }: ImportWizardProps) => {
  const known = useKnownForImport();
  const commitImport = useCommitImport();
  const undoImport = useUndoImport();
  const { error, run } = useActionRunner();
  const [phase, setPhase] = useState<Phase>({ kind: 'pick' });
  const [setup, setSetup] = useState<ImportSetup>({ sheetIndex: 0, headerRow: 0, mapping: {}, layout: 'seed', dayFirst: false, ourCompanyNames: 'Your Company, Our Company' });
  const [overrides, setOverrides] = useState<Record<string, ContactOverride>>({});
  const [confirmedMatches, setConfirmedMatches] = useState<Record<string, string>>({});

  const handleFile = (file: File) =>
    run(async () => {
      const refusal = checkSpreadsheetFile(file);
      if (refusal) throw new Error(refusal);
      const controller = new AbortController();
      setPhase({ kind: 'reading', fileName: file.name, controller });
      try {
        const workbook = await parseSpreadsheetInWorker(file, controller.signal);
        if (isArchive(workbook.sheets)) {
          const { records, problems } = decodeArchive(workbook.sheets, recordSchemas);
          setPhase({ kind: 'archive', fileName: file.name, records, problems });
          return;
        }
        const sheetIndex = Math.max(0, workbook.sheets.findIndex((sheet) => sheet.rows.length > 0));
        const headerRow = detectHeaderRow(workbook.sheets[sheetIndex]?.rows ?? []);
        const mapping = mappingFor(workbook, sheetIndex, headerRow);
        const layout = guessLayout(workbook.sheets[sheetIndex]?.rows ?? [], headerRow, mapping);
        setSetup((current) => ({ ...current, sheetIndex, headerRow, mapping, layout }));
        setOverrides({});
        setConfirmedMatches({});
        setPhase({ kind: 'setup', fileName: file.name, workbook });
      } catch (caught) {
        setPhase({ kind: 'pick' });
        if (!(caught instanceof DOMException && caught.name === 'AbortError')) throw caught;
      }
    });

  const workbook = phase.kind === 'setup' ? phase.workbook : null;
  const contacts = useMemo(() => {
    if (!workbook || !known) return [];
    const rows = workbook.sheets[setup.sheetIndex]?.rows ?? [];
    const built = buildImportedContacts(rows, setup.headerRow, setup.mapping, {
      layout: setup.layout,
      dayFirst: setup.dayFirst,
      ourCompanyNames: [...setup.ourCompanyNames.split(',').map((name) => name.trim()).filter(Boolean), ...known.ourCompanyNames],
      knownTeamMemberNames: known.teamMembers.map((person) => person.name),
      knownStakeholderNames: known.stakeholders.map((person) => person.name),
      defaultOpportunityName: '',
    });
    return built.map((contact) => {
      const fixed = applyOverride(contact, overrides[contact.key], setup.dayFirst);
      return { ...fixed, problems: importProblems(fixed, known.stakeholders.map((person) => person.name)), isSkipped: overrides[contact.key]?.isSkipped ?? false };
    });
  }, [workbook, known, setup, overrides]);

  const possibleDuplicates = useMemo(() => {
    if (!known) return [];
    const knownPeople = [...known.stakeholders, ...known.teamMembers];
    const knownKeys = new Set(knownPeople.map((person) => personKey(person.name)));
    const names = [...new Set(contacts.flatMap((contact) => contact.people.map((person) => person.name)))].filter((name) => !knownKeys.has(personKey(name)));
    return names
      .map((name) => ({ name, candidates: closeMatches(name, knownPeople.map((person) => person.name)).flatMap((match) => knownPeople.filter((person) => person.name === match)) }))
      .filter((entry) => entry.candidates.length > 0)
      .slice(0, 50);
  }, [contacts, known]);

  const toImport = contacts.filter((contact) => !contact.isSkipped);

  const handleImport = () =>
    run(async () => {
      if (phase.kind !== 'setup') return;
      const headers = (phase.workbook.sheets[setup.sheetIndex]?.rows[setup.headerRow] ?? []).map(cellText);
      rememberMapping(headerSignature(headers), setup.mapping);
      const receipt = await commitImport({ contacts: toImport.map(settleImportedContact), targetOpportunityId, confirmedMatches });
      setPhase({ kind: 'done', receipt, isUndone: false });
    });

  return (
    <div className="import-wizard">
      <ErrorAlert message={error} />
      {phase.kind === 'pick' ? <FileStep onFile={(file) => void handleFile(file)} /> : null}
      {phase.kind === 'reading' ? (
        <div className="progress-row" role="status">
          <progress aria-label={`Reading ${phase.fileName}`} />
          <span>Reading {phase.fileName}… (large files take a few seconds; the page stays usable)</span>
          <button type="button" className="button" onClick={() => phase.controller.abort()}>
            Cancel
          </button>
        </div>
      ) : null}
      {phase.kind === 'setup' ? (
        <>
          <p>
            <strong>{phase.fileName}</strong>{' '}
            <button type="button" className="button button-small" onClick={() => setPhase({ kind: 'pick' })}>
              Choose another file
            </button>
          </p>
          <SetupStep
            workbook={phase.workbook}
            setup={setup}
            onChange={(changes) => setSetup({ ...setup, ...changes })}
            onSheetOrHeaderChange={(sheetIndex, headerRow) => {
              const row = headerRow === 0 && sheetIndex !== setup.sheetIndex ? detectHeaderRow(phase.workbook.sheets[sheetIndex]?.rows ?? []) : headerRow;
              setSetup({ ...setup, sheetIndex, headerRow: row, mapping: mappingFor(phase.workbook, sheetIndex, row) });
              setOverrides({});
            }}
          />
          <ImportPreview
            contacts={contacts}
            overrides={overrides}
            onOverride={(key, override) => setOverrides({ ...overrides, [key]: override })}
            possibleDuplicates={possibleDuplicates}
            confirmedMatches={confirmedMatches}
            onConfirmMatch={(name, id) => {
              const others = Object.fromEntries(Object.entries(confirmedMatches).filter(([matchedName]) => matchedName !== name));
              setConfirmedMatches(id ? { ...others, [name]: id } : others);
            }}
          />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={toImport.length === 0} onClick={() => void handleImport()}>
              Import {toImport.length} contact{toImport.length === 1 ? '' : 's'}
            </button>
          </div>
        </>
      ) : null}
      {phase.kind === 'archive' ? <ArchiveImport fileName={phase.fileName} records={phase.records} problems={phase.problems} /> : null}
      {phase.kind === 'done' ? (
        <section aria-labelledby="import-summary-heading" className="notice">
          <h2 id="import-summary-heading">{phase.isUndone ? 'Import undone' : 'Imported'}</h2>
          {phase.isUndone ? (
            <p>Everything the import added was removed, and the people it changed are as they were.</p>
          ) : (
            <>
              <ul>
                <li>{phase.receipt.created.contacts.length} contacts created</li>
                <li>
                  {phase.receipt.created.stakeholders.length} stakeholders created, {phase.receipt.matched.stakeholders} matched to known ones
                </li>
                <li>
                  {phase.receipt.created.teamMembers.length} team members created, {phase.receipt.matched.teamMembers} matched
                </li>
                <li>
                  {phase.receipt.created.organizations.length} organizations created, {phase.receipt.matched.organizations} matched
                </li>
                <li>
                  {phase.receipt.created.opportunities.length} opportunities created, {phase.receipt.matched.opportunities} matched
                </li>
                <li>{contacts.length - toImport.length} contacts left out</li>
              </ul>
              <div className="button-row">
                {phase.receipt.opportunityIds.slice(0, 5).map((id, index) => (
                  <Link key={id} className="button" to={hrefs.contactPlan(id)}>
                    Open contact plan{phase.receipt.opportunityIds.length > 1 ? ` ${String(index + 1)}` : ''}
                  </Link>
                ))}
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    void run(async () => {
                      await undoImport(phase.receipt);
                      setPhase({ ...phase, isUndone: true });
                    })
                  }
                >
                  Undo import
                </button>
              </div>
            </>
          )}
        </section>
      ) : null}
    </div>
  );
};
