import { OpportunityOverview } from '../../features/opportunities/components/opportunity-overview';
import { useCurrentOpportunity } from './opportunity-layout';

export const OpportunityPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Overview</h2>
      <OpportunityOverview opportunity={opportunity} />
    </>
  );
};
