import { Link, useParams } from 'react-router';
import { hrefs } from '../../config/routes';
import { useOpportunity } from '../../features/opportunities/api/use-opportunities';
import { OpportunityOverview } from '../../features/opportunities/components/opportunity-overview';
import { NotFoundPage } from './not-found-page';

/** Inside an opportunity. Its other screens (Contact plan, Stakeholders, …) join the tab bar as they are built. */
export const OpportunityPage = () => {
  const { opportunityId = '' } = useParams();
  const opportunity = useOpportunity(opportunityId);

  if (opportunity === null) return <NotFoundPage />;
  if (opportunity === undefined) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <title>{`${opportunity.name} · Contact Plan`}</title>
      <p className="breadcrumb">
        <Link to={hrefs.opportunities()}>Opportunities</Link>
      </p>
      <h1>{opportunity.name}</h1>
      <nav aria-label="Opportunity sections" className="tab-bar">
        <Link to={hrefs.opportunity(opportunity.id)} aria-current="page">
          Overview
        </Link>
      </nav>
      <OpportunityOverview opportunity={opportunity} />
    </>
  );
};
