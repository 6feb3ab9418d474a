import { OpportunityOverview } from '../../features/opportunities/components/opportunity-overview';
import { SharePursuitPanel } from '../../features/sharing/components/share-pursuit-panel';
import { useCurrentOpportunity } from './opportunity-layout';

export const OpportunityPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Overview</h2>
      <SharePursuitPanel opportunity={opportunity} />
      <OpportunityOverview opportunity={opportunity} />
    </>
  );
};
