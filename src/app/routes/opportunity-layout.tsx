import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { hrefs } from '../../config/routes';
import { parseOpportunityId } from '../../domain/ids';
import type { Opportunity } from '../../domain/opportunity';
import { useOpportunity } from '../../features/opportunities/api/use-opportunities';
import { NotFoundPage } from './not-found-page';

type OpportunityContext = { opportunity: Opportunity };

/** Inside an opportunity: its name, its sections as tabs, and the section itself. */
export const OpportunityLayout = () => {
  const opportunity = useOpportunity(parseOpportunityId(useParams().opportunityId));

  if (opportunity === null) return <NotFoundPage />;
  if (opportunity === undefined) return <p aria-busy="true">Loading…</p>;

  const sections = [
    { label: 'Overview', href: hrefs.opportunity(opportunity.id), end: true },
    { label: 'Contact plan', href: hrefs.contactPlan(opportunity.id), end: false },
    { label: 'Stakeholders', href: hrefs.stakeholders(opportunity.id), end: false },
    { label: 'Team', href: hrefs.team(opportunity.id), end: false },
    { label: 'Debriefs', href: hrefs.debriefs(opportunity.id), end: false },
    { label: 'Action items', href: hrefs.actionItems(opportunity.id), end: false },
    { label: 'Messaging', href: hrefs.messaging(opportunity.id), end: false },
    { label: 'Coverage', href: hrefs.coverageOfOpportunity(opportunity.id), end: false },
  ];
  return (
    <>
      <p className="breadcrumb">
        <Link to={hrefs.opportunities()}>Opportunities</Link>
      </p>
      <h1>{opportunity.name}</h1>
      <nav aria-label="Opportunity sections" className="tab-bar">
        {sections.map((section) => (
          <NavLink key={section.href} to={section.href} end={section.end}>
            {section.label}
          </NavLink>
        ))}
      </nav>
      <Outlet context={{ opportunity } satisfies OpportunityContext} />
    </>
  );
};

/** The opportunity of the enclosing OpportunityLayout. */
export const useCurrentOpportunity = (): Opportunity => useOutletContext<OpportunityContext>().opportunity;
