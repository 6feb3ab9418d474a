import { useCallback } from 'react';
import { recordSchemas } from '../../../data/record-schemas';
import { currentSchemaVersion } from '../../../data/schema';
import { getAllTables, getContactPlanSource } from '../../../data/spreadsheet-sources';
import { todayCalendarDay } from '../../../domain/calendar-day';
import { buildArchiveSheets } from '../../../domain/export/archive';
import { safeSheetName, type ExportSheet } from '../../../domain/export/cells';
import { buildContactPlanSheet } from '../../../domain/export/contact-plan-sheet';
import { downloadFile, fileNameFrom, XLSX_MIME } from '../../../lib/download';
import { writeWorkbookInWorker } from '../../../lib/parse-spreadsheet';

/** Export to Excel: one opportunity's contact plan, in the capture guide's layout. */
export const useExportContactPlan = () =>
  useCallback(async (opportunityId: string) => {
    const source = await getContactPlanSource(opportunityId);
    const bytes = await writeWorkbookInWorker([buildContactPlanSheet(source)]);
    downloadFile(bytes, `${fileNameFrom(source.opportunity.name)} contact plan.xlsx`, XLSX_MIME);
  }, []);

/** The archive: every record (one sheet per type, with ids) plus a readable contact plan per opportunity. */
export const useExportArchive = () =>
  useCallback(async () => {
    const tables = await getAllTables();
    const sheets: ExportSheet[] = buildArchiveSheets(tables, recordSchemas, {
      schemaVersion: currentSchemaVersion,
      appVersion: __APP_VERSION__,
      exportedAt: new Date().toISOString(),
    });
    const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
    for (const opportunity of tables.opportunities) {
      const source = await getContactPlanSource(String(opportunity.id));
      sheets.push(buildContactPlanSheet(source, safeSheetName(`Plan ${source.opportunity.name}`, taken)));
    }
    const bytes = await writeWorkbookInWorker(sheets);
    downloadFile(bytes, `contact-plan-archive-${todayCalendarDay()}.xlsx`, XLSX_MIME);
  }, []);
