import { useSearchParams } from 'react-router';
import { OpportunityBrief, PortfolioBrief } from '../../features/coverage/components/executive-brief';
import { OpportunityCoverageScreen } from '../../features/coverage/components/opportunity-coverage-screen';
import { PortfolioCoverageScreen } from '../../features/coverage/components/portfolio-coverage-screen';
import { useCurrentOpportunity } from './opportunity-layout';
import { parseOpportunityId } from '../../domain/ids';

export const CoveragePage = () => (
  <>
    <title>Coverage · Contact Plan</title>
    <h1>Coverage</h1>
    <PortfolioCoverageScreen />
  </>
);

export const OpportunityCoveragePage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Coverage · ${opportunity.name} · Contact Plan`}</title>
      <OpportunityCoverageScreen opportunityId={opportunity.id} />
    </>
  );
};

/** The executive brief: every open opportunity, or the one named in ?opportunity=. */
export const ExecutiveBriefPage = () => {
  const [params] = useSearchParams();
  const requested = params.get('opportunity');
  const opportunityId = parseOpportunityId(requested);
  return (
    <>
      <title>Executive brief · Contact Plan</title>
      <h1>Executive brief</h1>
      {requested === null ? (
        <PortfolioBrief />
      ) : opportunityId === null ? (
        <p>This opportunity does not exist.</p>
      ) : (
        <OpportunityBrief opportunityId={opportunityId} />
      )}
    </>
  );
};
