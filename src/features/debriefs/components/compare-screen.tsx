import { useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { countLabel } from '../../../domain/count-label';
import { joinLabels } from '../../../domain/field-labels';
import type { ContactId } from '../../../domain/ids';
import {
  attendeesWaitedFor,
  compareItems,
  compareStages,
  isPointToSettle,
  submittedAccounts,
} from '../../../domain/rules/debrief-comparison';
import { debriefsVisibleTo } from '../../../domain/rules/debrief-visibility';
import { relationshipStageLabels } from '../../../domain/stakeholder';
import { useSettingsStore } from '../../../stores/settings-store';
import { useDebriefContext } from '../api/use-debriefs';
import { contactSummary } from '../utils/contact-summary';
import { isMergedFrom } from '../utils/outcome-draft';
import { agreementText, resultText } from '../utils/result-text';
import { OutcomeForm } from './outcome-form';
import { OutcomeView } from './outcome-view';
import { WritingAs } from './writing-as';

/**
 * The submitted debriefs side by side, item by item, with who is still to submit and every point
 * to settle marked; then merge into the outcome, or show the outcome recorded.
 */
export const CompareScreen = ({ contactId }: { contactId: ContactId | null }) => {
  const context = useDebriefContext(contactId);
  const viewerId = useSettingsStore((state) => state.currentTeamMemberId) ?? '';
  const [isAmending, setIsAmending] = useState(false);
  const [justRecorded, setJustRecorded] = useState(false);

  if (context === undefined) return <p aria-busy="true">Loading the debriefs…</p>;
  if (context === null) return <p>This contact no longer exists.</p>;
  const { contact, debriefs, outcome, teamMembers, stakeholders, actionItems } = context;
  const attendees = teamMembers.filter((person) => contact.attendeeIds.includes(person.id));
  // Side by side in the order the contact lists its attendees, not the order they were stored in.
  const submitted = submittedAccounts(contact, debriefsVisibleTo(viewerId, debriefs, contact.attendeeIds));
  // Whether someone has submitted is not secret (the Debriefs tab says so); what they wrote is.
  const waitingFor = attendeesWaitedFor(contact, debriefs);
  const isBlocked =
    contact.attendeeIds.some((id) => id === viewerId) &&
    !debriefs.some((debrief) => debrief.authorId === viewerId && debrief.status === 'submitted');
  const authorName = (id: string) => teamMembers.find((person) => person.id === id)?.name ?? 'Someone';
  const waitingNames = waitingFor.map(authorName);

  if (isBlocked)
    return (
      <>
        <p className="notice">{contactSummary(context)}</p>
        <WritingAs attendees={attendees} />
        <p className="notice notice-warning">
          Submit your own debrief first: the others stay hidden until you do, so the two accounts are independent.{' '}
          <Link to={hrefs.debrief(contact.opportunityId, contact.id)}>Write my debrief</Link>
        </p>
      </>
    );

  const items = compareItems(contact, submitted);
  const stages = compareStages(contact, submitted);
  const points =
    items.filter((comparison) => isPointToSettle(comparison.disagreement)).length +
    stages.filter((comparison) => isPointToSettle(comparison.disagreement)).length;
  const waitingText = waitingFor.length > 0 ? `waiting for ${joinLabels(waitingNames)}` : null;

  return (
    <>
      <p className="notice">{contactSummary(context)}</p>
      <WritingAs attendees={attendees} />
      {submitted.length === 0 ? (
        <p role="status">No debrief of this contact has been submitted yet{waitingText ? `: ${waitingText}` : ''}.</p>
      ) : (
        <>
          <p role="status">
            {[
              `${countLabel(submitted.length, 'submitted debrief')} (${submitted.map((debrief) => authorName(debrief.authorId)).join(', ')})`,
              waitingText,
              points === 0
                ? 'no points to agree on'
                : isMergedFrom(outcome, submitted)
                  ? `${countLabel(points, 'point')} where they differ, settled in the outcome`
                  : `${countLabel(points, 'point')} to agree on`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <div className="table-wrap">
            <table className="data-table compare-table" aria-label="Debriefs side by side">
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  {submitted.map((debrief) => (
                    <th key={debrief.id} scope="col">
                      {authorName(debrief.authorId)}
                    </th>
                  ))}
                  {waitingFor.map((id) => (
                    <th key={id} scope="col">
                      {authorName(id)} <span className="muted">(not submitted)</span>
                    </th>
                  ))}
                  <th scope="col">Agreement</th>
                </tr>
              </thead>
              <tbody>
                {items.map((comparison) => (
                  <tr
                    key={comparison.item.id}
                    className={isPointToSettle(comparison.disagreement) ? 'disagree' : undefined}
                  >
                    <th scope="row">
                      {comparison.item.kind === 'ask' ? 'Ask' : 'Tell'}: {comparison.item.text}
                    </th>
                    {comparison.accounts.map((account) => (
                      <td key={account.debriefId} className="pre-wrap">
                        {resultText(account.result)}
                      </td>
                    ))}
                    {waitingFor.map((id) => (
                      <td key={id} className="muted">
                        Not submitted yet
                      </td>
                    ))}
                    <td className="agreement-label">
                      {agreementText(
                        comparison.disagreement,
                        comparison.accounts
                          .filter((account) => account.result)
                          .map((account) => authorName(account.authorId)),
                        waitingNames,
                      )}
                    </td>
                  </tr>
                ))}
                {stages.map((comparison) => (
                  <tr
                    key={comparison.stakeholderId}
                    className={isPointToSettle(comparison.disagreement) ? 'disagree' : undefined}
                  >
                    <th scope="row">
                      Relationship stage:{' '}
                      {stakeholders.find((person) => person.id === comparison.stakeholderId)?.name ?? 'Someone'}
                    </th>
                    {comparison.observations.map((observation) => (
                      <td key={observation.authorId}>
                        {observation.stage ? relationshipStageLabels[observation.stage] : 'Not observed'}
                      </td>
                    ))}
                    {waitingFor.map((id) => (
                      <td key={id} className="muted">
                        Not submitted yet
                      </td>
                    ))}
                    <td className="agreement-label">
                      {agreementText(
                        comparison.disagreement,
                        comparison.observations
                          .filter((observation) => observation.stage)
                          .map((observation) => authorName(observation.authorId)),
                        waitingNames,
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          {submitted.map((debrief) => (
            <details key={debrief.id}>
              <summary>Notes of {authorName(debrief.authorId)}</summary>
              <p className="pre-wrap">{debrief.notes || 'No notes.'}</p>
            </details>
          ))}

          <section aria-labelledby="merge-heading">
            <h2 id="merge-heading">Outcome</h2>
            {justRecorded ? (
              <p role="status" className="notice">
                Outcome recorded. <Link to={hrefs.debriefs(contact.opportunityId)}>Back to Debriefs</Link>
              </p>
            ) : null}
            {outcome && !isAmending ? (
              <>
                <OutcomeView
                  outcome={outcome}
                  contact={contact}
                  teamMembers={teamMembers}
                  stakeholders={stakeholders}
                  actionItems={actionItems}
                  debriefs={debriefs}
                />
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setJustRecorded(false);
                    setIsAmending(true);
                  }}
                >
                  Reopen and amend
                </button>
              </>
            ) : (
              <OutcomeForm
                // A debrief submitted or reopened meanwhile changes what there is to decide: start afresh.
                key={submitted.map((debrief) => debrief.id).join(' ')}
                context={context}
                submitted={submitted}
                items={items}
                stages={stages}
                waitingFor={waitingFor}
                onRecorded={() => {
                  setIsAmending(false);
                  setJustRecorded(true);
                }}
              />
            )}
          </section>
        </>
      )}
    </>
  );
};
