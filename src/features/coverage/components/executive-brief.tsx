import { isOpenActionItem } from '../../../domain/action-item';
import { opportunityStageLabels } from '../../../domain/opportunity';
import { personLabel } from '../../../domain/person-label';
import { nextTwoWeeks } from '../../../domain/rules/coverage';
import { checkContactQuietPeriod, getQuietPeriodCountdown } from '../../../domain/rules/quiet-period';
import { countLabel, formatCount } from '../../../domain/count-label';
import type { Contact } from '../../../domain/contact';
import type { TeamMember } from '../../../domain/team-member';
import { formatCalendarDay, formatWhen } from '../../../lib/dates';
import {
  MAX_OPPORTUNITIES_SHOWN,
  mostFlaggedFirst,
  useOpportunityCoverage,
  usePortfolioCoverage,
  type CoverageData,
  type OpportunityCoverage,
} from '../api/use-coverage';
import { CoverageFlagList } from './coverage-flag-list';
import { CoverageTable } from './coverage-table';
import type { OpportunityId } from '../../../domain/ids';

const quietPeriodText = (entry: OpportunityCoverage, today: string): string => {
  const countdown = getQuietPeriodCountdown(entry.opportunity, today);
  switch (countdown.kind) {
    case 'no-date':
      return 'Quiet period: no RFP date yet';
    case 'upcoming':
      return `Quiet period starts ${formatCalendarDay(countdown.start)} (in ${countLabel(countdown.daysLeft, 'day')})`;
    case 'starts-today':
      return 'Quiet period starts today';
    case 'started':
      return `In the quiet period since ${formatCalendarDay(countdown.start)}: contracting officer only`;
  }
};

/** A planned contact inside the quiet period, in words: allowed with the contracting officer alone, else why it goes ahead. */
const quietPeriodRemark = (contact: Contact, entry: OpportunityCoverage): string | null => {
  const stakeholders = new Map(entry.stakeholders.map((person) => [person.id as string, person]));
  const check = checkContactQuietPeriod(contact, entry.opportunity, stakeholders);
  switch (check.kind) {
    case 'contracting-officer-only':
      return 'Inside the quiet period: contracting officer only, allowed';
    case 'inside-no-customer-yet':
      return 'Inside the quiet period: only the contracting officer may be met';
    case 'inside-quiet-period':
      return check.hasReason
        ? `Inside the quiet period, with people other than the contracting officer. Reason: ${contact.quietPeriodReason}`
        : 'Inside the quiet period, with people other than the contracting officer, and no reason given';
    default:
      return null;
  }
};

/** One printed page: where a pursuit stands with its customer, and what happens next. */
const BriefPage = ({
  entry,
  today,
  teamMembers,
}: {
  entry: OpportunityCoverage;
  today: string;
  teamMembers: readonly TeamMember[];
}) => {
  const { from, to } = nextTwoWeeks(today);
  const upcoming = entry.contacts
    .filter(
      (contact) => contact.status === 'planned' && contact.date !== null && contact.date >= from && contact.date <= to,
    )
    .sort((a, b) => `${a.date ?? ''}${a.startTime ?? ''}`.localeCompare(`${b.date ?? ''}${b.startTime ?? ''}`));
  const overdue = entry.actionItems
    .filter((item) => isOpenActionItem(item) && item.dueDate !== null && item.dueDate < today)
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const teamName = (id: string | null) => teamMembers.find((person) => person.id === id)?.name ?? 'No owner yet';
  const stakeholderName = (id: string) => personLabel(entry.stakeholders.find((person) => person.id === id));
  const headingId = `brief-${entry.opportunity.id}`;

  return (
    <article className="brief-page" aria-labelledby={headingId}>
      <h2 id={headingId}>{entry.opportunity.name}</h2>
      <p className="brief-meta">
        {opportunityStageLabels[entry.opportunity.stage]} · {quietPeriodText(entry, today)} · as of{' '}
        {formatCalendarDay(today)}
      </p>
      <h3>Coverage by customer level</h3>
      <CoverageTable
        rows={entry.rows}
        caption={`Coverage by customer level, ${entry.opportunity.name}`}
        onShowDetails={null}
      />
      <h3>Flags</h3>
      <CoverageFlagList
        flags={entry.flags}
        teamMembers={teamMembers}
        label={`Coverage flags, ${entry.opportunity.name}`}
      />
      <h3>
        Next two weeks ({formatCalendarDay(from)} – {formatCalendarDay(to)})
      </h3>
      {upcoming.length === 0 ? (
        <p>No contact is planned in the next two weeks.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">
            Contacts planned in the next two weeks, {entry.opportunity.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Customer</th>
              <th scope="col">Ours</th>
              <th scope="col">Where</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {upcoming.map((contact) => {
              const remark = quietPeriodRemark(contact, entry);
              return (
                <tr key={contact.id}>
                  <th scope="row">
                    {formatWhen(contact.date, contact.startTime, contact.endTime)}
                    {remark ? <span className="brief-remark">{remark}</span> : null}
                  </th>
                  <td>{contact.stakeholderIds.map(stakeholderName).join(', ') || '—'}</td>
                  <td>{contact.attendeeIds.map(teamName).join(', ') || '—'}</td>
                  <td>{contact.location || '—'}</td>
                  <td>{contact.objective || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>Overdue action items</h3>
      {overdue.length === 0 ? (
        <p>No action item is overdue.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Overdue action items, {entry.opportunity.name}</caption>
          <thead>
            <tr>
              <th scope="col">Action item</th>
              <th scope="col">Owner</th>
              <th scope="col">Was due</th>
            </tr>
          </thead>
          <tbody>
            {overdue.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.text}</th>
                <td>{teamName(item.ownerId)}</td>
                <td>{item.dueDate ? formatCalendarDay(item.dueDate) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
};

const Brief = ({ data }: { data: CoverageData | null | undefined }) => {
  if (data === undefined) return <p aria-busy="true">Loading the brief…</p>;
  if (data === null || data.opportunities.length === 0) return <p>There is no open opportunity to brief on.</p>;
  return (
    <>
      <div className="toolbar no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <span className="muted">
          One page per opportunity. In the print dialog, choose “Save as PDF” to keep a copy.
        </span>
      </div>
      {data.opportunities.length > MAX_OPPORTUNITIES_SHOWN ? (
        <p className="notice no-print">
          The {formatCount(MAX_OPPORTUNITIES_SHOWN)} of {formatCount(data.opportunities.length)} open opportunities with
          the most flags. For another, open its Coverage tab and its Executive brief.
        </p>
      ) : null}
      {mostFlaggedFirst(data.opportunities).map((entry) => (
        <BriefPage key={entry.opportunity.id} entry={entry} today={data.today} teamMembers={data.teamMembers} />
      ))}
    </>
  );
};

/** The executive brief of every open opportunity. */
export const PortfolioBrief = () => <Brief data={usePortfolioCoverage()} />;

/** The executive brief of one opportunity. */
export const OpportunityBrief = ({ opportunityId }: { opportunityId: OpportunityId }) => (
  <Brief data={useOpportunityCoverage(opportunityId)} />
);
