import { ExportContactPlanButton } from '../../features/spreadsheet-io/components/export-actions';
import { ContactPlanScreen } from '../../features/contact-plan/components/contact-plan-screen';
import { useCurrentOpportunity } from './opportunity-layout';

export const ContactPlanPage = () => {
  const opportunity = useCurrentOpportunity();
  return (
    <>
      <title>{`Contact plan · ${opportunity.name} · Contact Plan`}</title>
      <h2 className="visually-hidden">Contact plan</h2>
      <ContactPlanScreen
        opportunity={opportunity}
        toolbarExtras={<ExportContactPlanButton opportunityId={opportunity.id} />}
      />
    </>
  );
};
