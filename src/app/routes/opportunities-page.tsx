import { ExportArchiveButton } from '../../features/spreadsheet-io/components/export-actions';
import { AvailablePursuits } from '../../features/sharing/components/available-pursuits';
import { OpportunityList } from '../../features/opportunities/components/opportunity-list';

export const OpportunitiesPage = () => (
  <>
    <title>Opportunities · Contact Plan</title>
    <h1>Opportunities</h1>
    <OpportunityList toolbarExtras={<ExportArchiveButton />} />
    <AvailablePursuits />
  </>
);
