import { Link, useParams } from 'react-router';
import { hrefs } from '../../config/routes';
import { parseContactId } from '../../domain/ids';
import { CompareScreen } from '../../features/debriefs/components/compare-screen';
import { DebriefScreen } from '../../features/debriefs/components/debrief-screen';
import { DebriefsList } from '../../features/debriefs/components/debriefs-list';
import { useCurrentOpportunity } from './opportunity-layout';

export const DebriefsPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Debriefs · ${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Debriefs</h2>
      <DebriefsList opportunityId={opportunity.id} />
    </>
  );
};

export const DebriefPage = () => {
  const opportunity = useCurrentOpportunity();
  const contactId = parseContactId(useParams().contactId);
  return (
    <>
      <title>{`Debrief · ${opportunity.name} · Contact Plan`}</title>
      <p className="breadcrumb">
        <Link to={hrefs.debriefs(opportunity.id)}>Debriefs</Link>
      </p>
      <h2>My debrief</h2>
      <DebriefScreen contactId={contactId} />
    </>
  );
};

export const CompareDebriefsPage = () => {
  const opportunity = useCurrentOpportunity();
  const contactId = parseContactId(useParams().contactId);
  return (
    <>
      <title>{`Compare debriefs · ${opportunity.name} · Contact Plan`}</title>
      <p className="breadcrumb">
        <Link to={hrefs.debriefs(opportunity.id)}>Debriefs</Link>
      </p>
      <h2>Compare and merge</h2>
      <CompareScreen contactId={contactId} />
    </>
  );
};
