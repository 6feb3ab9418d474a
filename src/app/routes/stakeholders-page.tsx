import { StakeholdersScreen } from '../../features/stakeholders/components/stakeholders-screen';
import { useCurrentOpportunity } from './opportunity-layout';

export const StakeholdersPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Stakeholders · ${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Stakeholders</h2>
      <StakeholdersScreen opportunityId={opportunity.id} />
    </>
  );
};
