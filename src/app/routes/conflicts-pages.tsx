import { ConflictsScreen } from '../../features/sharing/components/conflicts-screen';
import { pursuitDatabaseName } from '../../data/sync/documents';
import { useCurrentOpportunity } from './opportunity-layout';

export const ConflictsPage = () => (
  <>
    <title>Conflicts · Contact Plan</title>
    <h1>Conflicts</h1>
    <ConflictsScreen />
  </>
);

export const OpportunityConflictsPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Conflicts · ${opportunity.name} · Contact Plan`}</title>
      <ConflictsScreen databaseName={pursuitDatabaseName(opportunity.id)} />
    </>
  );
};
