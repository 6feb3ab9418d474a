import { useNavigate } from 'react-router';
import { hrefs } from '../../config/routes';
import { useOrganizations } from '../../features/opportunities/api/use-opportunities';
import { OpportunityForm } from '../../features/opportunities/components/opportunity-form';

export const NewOpportunityPage = () => {
  const organizations = useOrganizations();
  const navigate = useNavigate();
  return (
    <>
      <title>New opportunity · Contact Plan</title>
      <h1>New opportunity</h1>
      {organizations === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <OpportunityForm
          organizations={organizations}
          onSaved={(opportunity) => void navigate(hrefs.opportunity(opportunity.id))}
          onCancel={() => void navigate(hrefs.opportunities())}
        />
      )}
    </>
  );
};
