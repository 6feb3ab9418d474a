import { buildArchiveSheets } from '../../domain/export/archive';
import { safeSheetName, type ExportSheet } from '../../domain/export/cells';
import { buildContactPlanSheet, contactPlanSources } from '../../domain/export/contact-plan-sheet';
import { recordSchemas, type RecordOf } from '../record-schemas';
import { currentSchemaVersion } from '../schema';
import { getAllTables, getContactPlanSource } from '../spreadsheet-sources';
import type { OpportunityId } from '../../domain/ids';

export type ArchiveMeta = { appVersion: string; exportedAt: string };

/** The archive's sheets: every record of every table (read in one transaction) plus a readable plan per opportunity. */
export const buildArchive = async (meta: ArchiveMeta): Promise<ExportSheet[]> => {
  const tables = await getAllTables();
  const sheets = buildArchiveSheets(tables, recordSchemas, { schemaVersion: currentSchemaVersion, ...meta });
  const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  const records = tables as unknown as {
    [
      Name in 'opportunities' | 'contacts' | 'stakeholders' | 'teamMembers' | 'outcomes' | 'actionItems'
    ]: RecordOf<Name>[];
  };
  for (const source of contactPlanSources(records))
    sheets.push(buildContactPlanSheet(source, safeSheetName(`Plan ${source.opportunity.name}`, taken)));
  return sheets;
};

/** One opportunity's contact plan, in the capture guide's layout. */
export const buildContactPlanExport = async (
  opportunityId: OpportunityId,
): Promise<{ sheets: ExportSheet[]; opportunityName: string }> => {
  const source = await getContactPlanSource(opportunityId);
  return { sheets: [buildContactPlanSheet(source)], opportunityName: source.opportunity.name };
};
