/**
 * The import worker: reads one file, keeps its rows, builds the preview and writes the import to
 * IndexedDB itself. Only small messages (a page of contacts, a summary, the receipt) reach the
 * page, so a 100,000-row file never freezes it. Dexie tells the page's live queries about the
 * write. The page ends this worker after each file, which frees SheetJS's memory.
 */
import '../../lib/zod-config';
import { guessLayout } from '../../domain/import/build-contacts';
import { ImportPreview, type KnownForImport } from '../../domain/import/import-preview';
import type { SheetCell } from '../../domain/import/cells';
import { isArchive } from '../../domain/export/archive';
import { readSpreadsheet } from '../../lib/xlsx';
import { db } from '../db';
import { asStorageError } from '../errors';
import { importContacts } from '../import-contacts';
import { restoreArchive } from '../spreadsheet-sources';
import { SHEET_HEAD_ROWS, type ImportReplies, type ImportRequest, type ImportWorkerMessage } from './protocol';
import { countLabel } from '../../domain/count-label';

type WorkerScope = {
  onmessage: ((event: MessageEvent<ImportRequest & { id: number }>) => void) | null;
  postMessage: (message: ImportWorkerMessage) => void;
};
const scope = self as unknown as WorkerScope;

let sheets: { name: string; rows: SheetCell[][] }[] = [];
let sheetIndex = 0;
const preview = new ImportPreview();

// Opening the database now, while the user picks a file, takes it off the import's clock.
void db.open().catch(() => undefined);

const readKnown = async (): Promise<KnownForImport & { ourCompanyNames: string[] }> => {
  const [stakeholders, teamMembers, organizations] = await Promise.all([
    db.stakeholders.toArray(),
    db.teamMembers.toArray(),
    db.organizations.toArray(),
  ]);
  return {
    stakeholders: stakeholders.map(({ id, name }) => ({ id, name })),
    teamMembers: teamMembers.map(({ id, name }) => ({ id, name })),
    ourCompanyNames: organizations
      .filter((organization) => organization.kind === 'our-company')
      .flatMap((organization) => [organization.name, ...organization.aliases]),
  };
};

const rowsOf = (index: number) => sheets[index]?.rows ?? [];

const handle = async (request: ImportRequest, id: number): Promise<ImportReplies[keyof ImportReplies]> => {
  switch (request.type) {
    case 'open': {
      const workbook = readSpreadsheet(new Uint8Array(request.bytes), request.fileName);
      if (isArchive(workbook.sheets)) return { kind: 'archive', ...restoreArchive(workbook.sheets) };
      sheets = workbook.sheets;
      return {
        kind: 'sheets',
        sheets: sheets.map((sheet) => ({
          name: sheet.name,
          rowCount: sheet.rows.length,
          head: sheet.rows.slice(0, SHEET_HEAD_ROWS),
        })),
      };
    }
    case 'guess-layout':
      return guessLayout(rowsOf(request.sheetIndex), request.headerRow, request.mapping);
    case 'build': {
      const known = await readKnown();
      const keepOverrides = request.keepOverrides && request.sheetIndex === sheetIndex;
      sheetIndex = request.sheetIndex;
      preview.rebuild(
        rowsOf(sheetIndex),
        { ...request.setup, ourCompanyNames: [...request.setup.ourCompanyNames, ...known.ourCompanyNames] },
        known,
        keepOverrides,
      );
      return preview.summary();
    }
    case 'override': {
      const contact = preview.override(request.key, request.override);
      return { summary: preview.summary(), contact };
    }
    case 'page':
      return preview.page(request.filter, request.offset, request.limit);
    case 'leave-out-unsavable':
      return preview.leaveOutUnsavable();
    case 'commit': {
      const contacts = preview.contactsToImport();
      const leftOut = preview.summary().total - contacts.length;
      const receipt = await importContacts(
        { contacts, targetOpportunityId: request.targetOpportunityId, confirmedMatches: request.confirmedMatches },
        (progress) => scope.postMessage({ id, progress }),
      ).catch((error: unknown) => {
        throw asStorageError(
          error,
          contacts.length === 1 ? 'this contact' : `these ${countLabel(contacts.length, 'contact')}`,
        );
      });
      return { receipt, leftOut };
    }
  }
};

// One request at a time, in order: a rebuild is never overtaken by the page request that follows it.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  const { id, ...request } = event.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage({ id, ok: true, result: await handle(request, id) });
    } catch (error) {
      scope.postMessage({
        id,
        ok: false,
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
};
