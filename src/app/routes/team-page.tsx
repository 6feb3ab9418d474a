import { TeamScreen } from '../../features/team/components/team-screen';
import { useCurrentOpportunity } from './opportunity-layout';

export const TeamPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Team · ${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Team</h2>
      <TeamScreen opportunityId={opportunity.id} />
    </>
  );
};
