import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { quietPeriodStartOf, opportunityStageLabels } from '../../../domain/opportunity';
import { formatCalendarDay } from '../../../lib/dates';
import { EmptyState } from '../../../ui/empty-state';
import { useOpportunities, useOrganizations } from '../api/use-opportunities';
import { LoadExamplePlanButton } from './load-example-plan-button';

const dayOrDash = (day: string | null) => (day ? formatCalendarDay(day) : '—');

/** The Opportunities screen: every pursuit, newest change first. */
export const OpportunityList = ({ toolbarExtras }: { toolbarExtras?: ReactNode }) => {
  const opportunities = useOpportunities();
  const organizations = useOrganizations();

  if (opportunities === undefined || organizations === undefined) return <p aria-busy="true">Loading opportunities…</p>;

  if (opportunities.length === 0)
    return (
      <EmptyState
        title="No opportunities yet"
        actions={
          <>
            <Link className="button button-primary" to={hrefs.newOpportunity()}>
              New opportunity
            </Link>
            <LoadExamplePlanButton />
            <Link className="button" to={hrefs.importSpreadsheet()}>
              Import spreadsheet
            </Link>
          </>
        }
      >
        <p>
          An opportunity is one pursuit: the customer, the key dates, and the contact plan that gets your team known,
          liked and trusted before the RFP drops.
        </p>
        <p>
          Start one with <strong>New opportunity</strong>, bring in the plan you keep in Excel with{' '}
          <strong>Import spreadsheet</strong>, or press <strong>Load example plan</strong> to explore the capture
          guide’s two meetings with General Jones and the technical team.
        </p>
      </EmptyState>
    );

  const organizationName = (id: string | null) =>
    organizations.find((organization) => organization.id === id)?.name ?? '—';

  return (
    <>
      <div className="toolbar">
        <Link className="button button-primary" to={hrefs.newOpportunity()}>
          New opportunity
        </Link>
        <LoadExamplePlanButton />
        <Link className="button" to={hrefs.importSpreadsheet()}>
          Import spreadsheet
        </Link>
        {toolbarExtras}
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Opportunities, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Customer</th>
              <th scope="col">Solicitation</th>
              <th scope="col">Stage</th>
              <th scope="col">Quiet period starts</th>
              <th scope="col">Proposal due</th>
            </tr>
          </thead>
          <tbody>
            {opportunities.map((opportunity) => (
              <tr key={opportunity.id}>
                <th scope="row">
                  <Link to={hrefs.opportunity(opportunity.id)}>{opportunity.name}</Link>
                </th>
                <td>{organizationName(opportunity.customerOrganizationId)}</td>
                <td>{opportunity.solicitationNumber || '—'}</td>
                <td>{opportunityStageLabels[opportunity.stage]}</td>
                <td>{dayOrDash(quietPeriodStartOf(opportunity))}</td>
                <td>{dayOrDash(opportunity.proposalDueDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
};
