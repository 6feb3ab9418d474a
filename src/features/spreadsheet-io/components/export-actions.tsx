import { useExportArchive, useExportContactPlan } from '../api/use-export';
import { ExportButton } from './export-button';
import type { OpportunityId } from '../../../domain/ids';

export const ExportContactPlanButton = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const exportContactPlan = useExportContactPlan();
  return (
    <ExportButton
      label="Export to Excel"
      busyLabel="Preparing the workbook…"
      onExport={(signal) => exportContactPlan(opportunityId, signal)}
    />
  );
};

export const ExportArchiveButton = () => {
  const exportArchive = useExportArchive();
  return <ExportButton label="Export archive" busyLabel="Preparing the archive…" onExport={exportArchive} />;
};
