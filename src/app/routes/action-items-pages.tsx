import { ActionItemsScreen } from '../../features/action-items/components/action-items-screen';
import { FollowUpsScreen } from '../../features/action-items/components/follow-ups-screen';
import { useCurrentOpportunity } from './opportunity-layout';

export const ActionItemsPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Action items · ${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Action items</h2>
      <ActionItemsScreen opportunityId={opportunity.id} />
    </>
  );
};

export const FollowUpsPage = () => (
  <>
    <title>Follow-ups · Contact Plan</title>
    <h1>Follow-ups</h1>
    <FollowUpsScreen />
  </>
);
