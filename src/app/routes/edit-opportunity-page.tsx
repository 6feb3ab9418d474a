import { useNavigate, useParams } from 'react-router';
import { hrefs } from '../../config/routes';
import { parseOpportunityId } from '../../domain/ids';
import { useOpportunity, useOrganizations } from '../../features/opportunities/api/use-opportunities';
import { OpportunityForm } from '../../features/opportunities/components/opportunity-form';
import { NotFoundPage } from './not-found-page';

export const EditOpportunityPage = () => {
  const opportunity = useOpportunity(parseOpportunityId(useParams().opportunityId));
  const organizations = useOrganizations();
  const navigate = useNavigate();

  if (opportunity === null) return <NotFoundPage />;
  if (opportunity === undefined || organizations === undefined) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <title>{`Edit ${opportunity.name} · Contact Plan`}</title>
      <h1>Edit opportunity</h1>
      <OpportunityForm
        opportunity={opportunity}
        organizations={organizations}
        onSaved={(saved) => void navigate(hrefs.opportunity(saved.id))}
        onCancel={() => void navigate(hrefs.opportunity(opportunity.id))}
      />
    </>
  );
};
