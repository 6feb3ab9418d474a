/**
 * The import worker: reads one file, keeps its rows, builds the preview and writes the import to
 * IndexedDB itself. Only small messages (a page of contacts, a summary, the receipt) reach the
 * page, so a 100,000-row file never freezes it. Dexie tells the page's live queries about the
 * write. The page ends this worker after each file, which frees SheetJS's memory.
 */
import '../../lib/zod-config';
import { guessLayout } from '../../domain/import/build-contacts';
import { ImportPreview, type KnownForImport } from '../../domain/import/import-preview';
import { isArchive } from '../../domain/export/archive';
import { checkSpreadsheetContent } from '../../lib/spreadsheet-content';
import { readSpreadsheet, type ParsedSheet } from '../../lib/xlsx';
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

let sheets: ParsedSheet[] = [];
let fileName = 'The file';
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
      fileName = request.fileName;
      const bytes = new Uint8Array(request.bytes);
      // What the file is and what it unpacks to, before SheetJS holds all of it in memory.
      await checkSpreadsheetContent(bytes, fileName);
      const workbook = readSpreadsheet(bytes, fileName);
      if (isArchive(workbook.sheets)) return { kind: 'archive', ...restoreArchive(workbook.sheets) };
      sheets = workbook.sheets;
      return {
        kind: 'sheets',
        sheets: sheets.map((sheet) => ({
          name: sheet.name,
          rowCount: sheet.rows.length,
          head: sheet.rows.slice(0, SHEET_HEAD_ROWS),
          leftOut: sheet.leftOut,
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

const failure = (id: number, error: unknown): ImportWorkerMessage => ({
  id,
  ok: false,
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
});

/**
 * Posts a reply; one too big to copy to the page ("Data cannot be cloned, out of memory") is said
 * in words instead, so the page is never left waiting or shown the browser's message.
 */
const reply = (id: number, answer: () => ImportWorkerMessage) => {
  try {
    scope.postMessage(answer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    scope.postMessage(
      failure(
        id,
        new Error(
          `${fileName} is too large to show: what the import read of it is more than this page can take at once (${reason}). Nothing was written. Split it into smaller files (for example one per opportunity or per year) and import them one by one.`,
        ),
      ),
    );
  }
};

// One request at a time, in order: a rebuild is never overtaken by the page request that follows it.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  const { id, ...request } = event.data;
  queue = queue.then(async () => {
    try {
      const result = await handle(request, id);
      reply(id, () => ({ id, ok: true, result }));
    } catch (error) {
      reply(id, () => failure(id, error));
    }
  });
};
