import { ImportWizard } from '../../features/spreadsheet-io/components/import-wizard';
import { useCurrentOpportunity } from './opportunity-layout';

export const ImportSpreadsheetPage = () => (
  <>
    <title>Import spreadsheet · Contact Plan</title>
    <h1>Import spreadsheet</h1>
    <p>
      Bring in a contact plan you already have. Contacts go to the opportunity named in an Opportunity column, or to a
      new opportunity.
    </p>
    <ImportWizard targetOpportunityId={null} />
  </>
);

export const ImportIntoOpportunityPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Import spreadsheet · ${opportunity.name} · Contact Plan`}</title>
      <h2>Import spreadsheet</h2>
      <p>Contacts go to this opportunity unless the file has an Opportunity column.</p>
      <ImportWizard targetOpportunityId={opportunity.id} />
    </>
  );
};
