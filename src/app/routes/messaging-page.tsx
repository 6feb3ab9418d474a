import { MessagingScreen } from '../../features/messaging/components/messaging-screen';
import { useCurrentOpportunity } from './opportunity-layout';

export const MessagingPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Messaging · ${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Messaging</h2>
      <MessagingScreen opportunityId={opportunity.id} />
    </>
  );
};
