import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hrefs } from '../../../config/routes';
import { todayCalendarDay } from '../../../domain/calendar-day';
import { opportunityStageLabels, quietPeriodStartOf, type Opportunity } from '../../../domain/opportunity';
import { getQuietPeriodCountdown } from '../../../domain/rules/quiet-period';
import { formatCalendarDay, formatNumber } from '../../../lib/dates';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { errorMessage } from '../../../ui/error-message';
import { useOpportunitySummary, useOrganizations } from '../api/use-opportunities';
import { useDeleteOpportunity } from '../api/use-opportunity-commands';
import { ContactDigest } from './contact-digest';
import { OpenQuestionsPanel } from './open-questions-panel';
import { QuietPeriodNotice } from './quiet-period-notice';
import { ErrorAlert } from '../../../ui/error-alert';
import { nounFor } from '../../../domain/count-label';

const dayOrNotSet = (day: string | null) => (day ? formatCalendarDay(day) : 'Not set');

/** Overview: the pursuit at a glance — key dates, the quiet-period countdown and what the plan holds. */
export const OpportunityOverview = ({ opportunity }: { opportunity: Opportunity }) => {
  const summary = useOpportunitySummary(opportunity.id);
  const organizations = useOrganizations();
  const deleteOpportunity = useDeleteOpportunity();
  const navigate = useNavigate();
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const customer = organizations?.find((organization) => organization.id === opportunity.customerOrganizationId);
  const quietPeriodStart = quietPeriodStartOf(opportunity);

  const handleDelete = async () => {
    setIsConfirmingDelete(false);
    try {
      await deleteOpportunity(opportunity.id);
      await navigate(hrefs.opportunities());
    } catch (error) {
      setDeleteError(errorMessage(error));
    }
  };

  return (
    <div className="overview">
      <p className="overview-meta">
        <span>Customer: {customer?.name ?? 'not set'}</span>
        <span>Solicitation: {opportunity.solicitationNumber || 'not set'}</span>
        <span>Stage: {opportunityStageLabels[opportunity.stage]}</span>
      </p>

      <QuietPeriodNotice countdown={getQuietPeriodCountdown(opportunity, todayCalendarDay())} />

      <section aria-labelledby="plan-counts-heading">
        <h2 id="plan-counts-heading">The plan so far</h2>
        <ul className="stat-list">
          <li>
            <span className="stat-value">{summary ? formatNumber(summary.stakeholders) : '…'}</span>{' '}
            {nounFor(summary?.stakeholders ?? 0, 'stakeholder')}
          </li>
          <li>
            <span className="stat-value">{summary ? formatNumber(summary.contacts) : '…'}</span>{' '}
            {nounFor(summary?.contacts ?? 0, 'contact')}
          </li>
          <li>
            <span className="stat-value">{summary ? formatNumber(summary.openActionItems) : '…'}</span>{' '}
            {nounFor(summary?.openActionItems ?? 0, 'open action item')}
          </li>
        </ul>
      </section>

      <ContactDigest opportunityId={opportunity.id} />

      <OpenQuestionsPanel opportunityId={opportunity.id} />

      <section aria-labelledby="key-dates-heading">
        <h2 id="key-dates-heading">Key dates</h2>
        <dl className="key-dates">
          <dt>Draft RFP</dt>
          <dd>{dayOrNotSet(opportunity.draftRfpDate)}</dd>
          <dt>Final RFP</dt>
          <dd>{dayOrNotSet(opportunity.finalRfpDate)}</dd>
          <dt>Proposal due</dt>
          <dd>{dayOrNotSet(opportunity.proposalDueDate)}</dd>
          <dt>Award</dt>
          <dd>{dayOrNotSet(opportunity.awardDate)}</dd>
          <dt>Quiet period starts</dt>
          <dd>
            {dayOrNotSet(quietPeriodStart)}
            {quietPeriodStart && opportunity.quietPeriodStart === null ? ' (from the RFP dates)' : ''}
          </dd>
        </dl>
      </section>

      {opportunity.notes ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">Notes</h2>
          <p className="pre-wrap">{opportunity.notes}</p>
        </section>
      ) : null}

      <div className="button-row">
        <Link className="button" to={hrefs.editOpportunity(opportunity.id)}>
          Edit opportunity
        </Link>
        <button type="button" className="button button-danger" onClick={() => setIsConfirmingDelete(true)}>
          Delete opportunity
        </button>
      </div>
      <ErrorAlert message={deleteError} />

      <ConfirmDialog
        isOpen={isConfirmingDelete}
        title={`Delete “${opportunity.name}”?`}
        confirmLabel="Delete"
        isDestructive
        onConfirm={() => void handleDelete()}
        onCancel={() => setIsConfirmingDelete(false)}
      >
        <p>
          This deletes the opportunity with its contacts, debriefs, outcomes, action items and messages. Stakeholders
          and team members stay, since they may take part in other pursuits. You can undo right after.
        </p>
      </ConfirmDialog>
    </div>
  );
};
