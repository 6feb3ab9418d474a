import { useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { askResultLabels, tellResultLabels, type ItemResult } from '../../../domain/item-result';
import { compareItems, compareStages, type ItemDisagreement } from '../../../domain/rules/debrief-comparison';
import { debriefsVisibleTo } from '../../../domain/rules/debrief-visibility';
import { relationshipStageLabels } from '../../../domain/stakeholder';
import { useDebriefContext } from '../api/use-debriefs';
import { contactSummary } from '../utils/contact-summary';
import { OutcomeForm } from './outcome-form';
import { WritingAs } from './writing-as';
import { useSettingsStore } from '../../../stores/settings-store';
import type { ContactId } from '../../../domain/ids';
import { countLabel } from '../../../domain/count-label';

const resultText = (result: ItemResult | undefined) => {
  if (!result?.result) return 'Not recorded';
  const label = result.kind === 'ask' ? askResultLabels[result.result] : tellResultLabels[result.result];
  const note = result.kind === 'ask' ? result.finding : result.reaction;
  return note ? `${label}: ${note}` : label;
};

const agreementText = (disagreement: ItemDisagreement | 'different-stage', names: string[]) => {
  switch (disagreement) {
    case 'none':
      return 'Agree';
    case 'different-result':
      return 'Disagree: different results';
    case 'different-stage':
      return 'Disagree: different stages';
    case 'only-some-noticed':
      return `Only ${names.join(' and ')} recorded it`;
    case 'nobody-recorded':
      return 'Nobody recorded it';
  }
};

/** The submitted debriefs side by side, item by item, disagreements marked; then merge into the outcome. */
export const CompareScreen = ({ contactId }: { contactId: ContactId | null }) => {
  const context = useDebriefContext(contactId);
  const viewerId = useSettingsStore((state) => state.currentTeamMemberId) ?? '';
  const [isAmending, setIsAmending] = useState(false);
  const [justRecorded, setJustRecorded] = useState(false);

  if (context === undefined) return <p aria-busy="true">Loading the debriefs…</p>;
  if (context === null) return <p>This contact no longer exists.</p>;
  const { contact, debriefs, outcome, teamMembers, stakeholders } = context;
  const attendees = teamMembers.filter((person) => contact.attendeeIds.includes(person.id));
  const visible = debriefsVisibleTo(viewerId, debriefs, contact.attendeeIds);
  // Side by side in the order the contact lists its attendees, not the order they were stored in.
  const attendeeOrder = (authorId: (typeof contact.attendeeIds)[number]) => {
    const index = contact.attendeeIds.indexOf(authorId);
    return index === -1 ? contact.attendeeIds.length : index;
  };
  const submitted = visible
    .filter((debrief) => debrief.status === 'submitted')
    .toSorted((a, b) => attendeeOrder(a.authorId) - attendeeOrder(b.authorId));
  const isBlocked =
    contact.attendeeIds.some((id) => id === viewerId) &&
    !debriefs.some((debrief) => debrief.authorId === viewerId && debrief.status === 'submitted');
  const authorName = (id: string) => teamMembers.find((person) => person.id === id)?.name ?? 'Someone';

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
  const disagreements =
    items.filter((comparison) => comparison.disagreement !== 'none').length +
    stages.filter((comparison) => comparison.disagreement === 'different-stage').length;

  return (
    <>
      <p className="notice">{contactSummary(context)}</p>
      <WritingAs attendees={attendees} />
      {submitted.length === 0 ? (
        <p>No debrief of this contact has been submitted yet.</p>
      ) : (
        <>
          <p role="status">
            {countLabel(submitted.length, 'submitted debrief')} (
            {submitted.map((debrief) => authorName(debrief.authorId)).join(', ')}) ·{' '}
            {disagreements === 0 ? 'no disagreements' : `${countLabel(disagreements, 'point')} to agree on`}
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
                  <th scope="col">Agreement</th>
                </tr>
              </thead>
              <tbody>
                {items.map((comparison) => (
                  <tr key={comparison.item.id} className={comparison.disagreement === 'none' ? undefined : 'disagree'}>
                    <th scope="row">
                      {comparison.item.kind === 'ask' ? 'Ask' : 'Tell'}: {comparison.item.text}
                    </th>
                    {comparison.accounts.map((account) => (
                      <td key={account.debriefId}>{resultText(account.result)}</td>
                    ))}
                    <td className="agreement-label">
                      {agreementText(
                        comparison.disagreement,
                        comparison.accounts
                          .filter((account) => account.result)
                          .map((account) => authorName(account.authorId)),
                      )}
                    </td>
                  </tr>
                ))}
                {stages.map((comparison) => (
                  <tr
                    key={comparison.stakeholderId}
                    className={comparison.disagreement === 'none' ? undefined : 'disagree'}
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
                    <td className="agreement-label">
                      {agreementText(
                        comparison.disagreement,
                        comparison.observations
                          .filter((observation) => observation.stage)
                          .map((observation) => authorName(observation.authorId)),
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
                <p className="pre-wrap">{outcome.summary || 'No summary.'}</p>
                <p className="muted">Recorded; the debriefs stay as written.</p>
                <button type="button" className="button" onClick={() => setIsAmending(true)}>
                  Reopen and amend
                </button>
              </>
            ) : (
              <OutcomeForm
                context={context}
                submitted={submitted}
                items={items}
                stages={stages}
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
