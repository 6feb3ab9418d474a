import { useCallback } from 'react';
import { runExport } from '../../../data/export/run-export';
import { todayCalendarDay } from '../../../domain/calendar-day';
import type { OpportunityId } from '../../../domain/ids';
import { downloadFile, fileNameFrom, XLSX_MIME } from '../../../lib/download';

/** Export to Excel: one opportunity's contact plan, in the capture guide's layout. */
export const useExportContactPlan = () =>
  useCallback(async (opportunityId: OpportunityId, signal?: AbortSignal) => {
    const { bytes, opportunityName } = await runExport({ kind: 'contact-plan', opportunityId }, signal);
    downloadFile(bytes, `${fileNameFrom(opportunityName ?? 'Opportunity')} contact plan.xlsx`, XLSX_MIME);
  }, []);

/** The archive: every record (one sheet per type, with ids) plus a readable contact plan per opportunity. */
export const useExportArchive = () =>
  useCallback(async (signal?: AbortSignal) => {
    const { bytes } = await runExport(
      { kind: 'archive', meta: { appVersion: __APP_VERSION__, exportedAt: new Date().toISOString() } },
      signal,
    );
    downloadFile(bytes, `contact-plan-archive-${todayCalendarDay()}.xlsx`, XLSX_MIME);
  }, []);
