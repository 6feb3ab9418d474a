import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { askResultLabels, tellResultLabels } from '../../../domain/item-result';
import { relationshipStageLabels } from '../../../domain/stakeholder';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { useDebriefContext, useStartDebrief } from '../api/use-debriefs';
import { contactSummary } from '../utils/contact-summary';
import { DebriefEditor } from './debrief-editor';
import { useCurrentAttendeeId, WritingAs } from './writing-as';
import { ErrorAlert } from '../../../ui/error-alert';
import type { ContactId } from '../../../domain/ids';

/** One attendee's debrief of one held contact. */
export const DebriefScreen = ({ contactId }: { contactId: ContactId | null }) => {
  const context = useDebriefContext(contactId);
  const startDebrief = useStartDebrief();
  const { error, run } = useActionRunner();
  const authorId = useCurrentAttendeeId(context?.contact.attendeeIds ?? []);

  if (context === undefined) return <p aria-busy="true">Loading the debrief…</p>;
  if (context === null) return <p>This contact no longer exists.</p>;
  const { contact, debriefs, teamMembers } = context;
  const attendees = teamMembers.filter((person) => contact.attendeeIds.includes(person.id));
  const own = debriefs.find((debrief) => debrief.authorId === authorId);
  const itemText = (itemId: string) => contact.items.find((item) => item.id === itemId)?.text ?? '';

  return (
    <>
      <p className="notice">{contactSummary(context)}</p>
      {contact.status !== 'held' ? (
        <p className="notice notice-warning">
          This contact is not marked held yet: mark it held on the Debriefs tab before writing debriefs.
        </p>
      ) : (
        <>
          <WritingAs attendees={attendees} />
          <p className="muted">
            Debriefs:{' '}
            {attendees
              .map(
                (person) =>
                  `${person.name} — ${debriefs.find((debrief) => debrief.authorId === person.id)?.status === 'submitted' ? 'submitted' : 'not submitted'}`,
              )
              .join(' · ')}
          </p>
          <ErrorAlert message={error} />
          {authorId === null ? (
            <p>Choose who you are to write your own debrief.</p>
          ) : own === undefined ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void run(() => startDebrief(contact.id, authorId))}
            >
              Start my debrief
            </button>
          ) : own.status === 'draft' ? (
            <>
              <p className="notice">
                Write what you saw and heard, on your own: the other attendees’ debriefs stay hidden until you submit
                yours, so the two accounts are independent.
              </p>
              <DebriefEditor key={own.id} context={context} debrief={own} />
            </>
          ) : (
            <section aria-labelledby="submitted-heading">
              <h3 id="submitted-heading">Your submitted debrief</h3>
              <p className="pre-wrap">{own.notes || 'No notes.'}</p>
              <ul>
                {own.itemResults.map((result) => (
                  <li key={result.itemId}>
                    <strong>{itemText(result.itemId)}</strong> —{' '}
                    {result.result
                      ? result.kind === 'ask'
                        ? askResultLabels[result.result]
                        : tellResultLabels[result.result]
                      : 'not recorded'}
                    {(result.kind === 'ask' ? result.finding : result.reaction)
                      ? `: ${result.kind === 'ask' ? result.finding : result.reaction}`
                      : ''}
                  </li>
                ))}
                {own.stageObservations.map((observation) => (
                  <li key={observation.stakeholderId}>
                    {context.stakeholders.find((person) => person.id === observation.stakeholderId)?.name ?? 'Someone'}:{' '}
                    {relationshipStageLabels[observation.stage]}
                  </li>
                ))}
              </ul>
              <Link className="button button-primary" to={hrefs.compareDebriefs(contact.opportunityId, contact.id)}>
                Compare and merge
              </Link>
            </section>
          )}
        </>
      )}
    </>
  );
};
