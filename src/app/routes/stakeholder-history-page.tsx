import { Link, useParams } from 'react-router';
import { hrefs } from '../../config/routes';
import { parseStakeholderId } from '../../domain/ids';
import { RelationshipHistory } from '../../features/stakeholders/components/relationship-history';
import { useCurrentOpportunity } from './opportunity-layout';

export const StakeholderHistoryPage = () => {
  const opportunity = useCurrentOpportunity();
  const stakeholderId = parseStakeholderId(useParams().stakeholderId);
  return (
    <>
      <title>{`Relationship history · ${opportunity.name} · Contact Plan`}</title>
      <p className="breadcrumb">
        <Link to={hrefs.stakeholders(opportunity.id)}>Stakeholders</Link>
      </p>
      <RelationshipHistory stakeholderId={stakeholderId} />
    </>
  );
};
