import { useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import type { Contact } from '../../../domain/contact';
import { joinLabels } from '../../../domain/field-labels';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { formatCalendarDay } from '../../../lib/dates';
import { EmptyState } from '../../../ui/empty-state';
import { ModalDialog } from '../../../ui/modal-dialog';
import { useDebriefOverview, useMarkCancelled, useMarkHeld } from '../api/use-debriefs';
import { ErrorAlert } from '../../../ui/error-alert';
import type { OpportunityId } from '../../../domain/ids';

type Dialog = { kind: 'held' | 'cancelled'; contact: Contact } | null;

/** Debriefs tab: every contact, whether it was held, who has debriefed it, and whether the outcome is in. */
export const DebriefsList = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const overview = useDebriefOverview(opportunityId);
  const markHeld = useMarkHeld();
  const markCancelled = useMarkCancelled();
  const { error, run } = useActionRunner();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [held, setHeld] = useState({ date: '', start: '', end: '' });
  const [reason, setReason] = useState('');

  if (overview === undefined) return <p aria-busy="true">Loading…</p>;
  const { contacts, debriefs, outcomes, teamMembers, stakeholders } = overview;
  const nameOf = (id: string, people: readonly { id: string; name: string }[]) =>
    people.find((person) => person.id === id)?.name ?? 'someone';
  const sorted = contacts.toSorted((a, b) =>
    (a.heldDate ?? a.date ?? '9999').localeCompare(b.heldDate ?? b.date ?? '9999'),
  );

  const openHeld = (contact: Contact) => {
    setHeld({ date: contact.date ?? '', start: contact.startTime ?? '', end: contact.endTime ?? '' });
    setDialog({ kind: 'held', contact });
  };

  if (contacts.length === 0)
    return (
      <EmptyState title="No contacts to debrief yet">
        <p>
          Plan contacts on the Contact plan tab. After each meeting, mark it held here; then each attendee writes their
          own debrief.
        </p>
      </EmptyState>
    );

  return (
    <>
      {dialog ? null : <ErrorAlert message={error} />}
      <div className="table-wrap">
        <table className="data-table" aria-label="Contacts and their debriefs">
          <thead>
            <tr>
              <th scope="col">Contact</th>
              <th scope="col">When</th>
              <th scope="col">Status</th>
              <th scope="col">Debriefs</th>
              <th scope="col">Outcome</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((contact) => {
              const title = `${contact.stakeholderIds.map((id) => nameOf(id, stakeholders)).join(', ') || 'Nobody yet'} with ${contact.attendeeIds.map((id) => nameOf(id, teamMembers)).join(', ') || 'nobody yet'}`;
              const contactDebriefs = debriefs.filter((debrief) => debrief.contactId === contact.id);
              const outcome = outcomes.find((candidate) => candidate.contactId === contact.id);
              const day = contact.heldDate ?? contact.date;
              return (
                <tr key={contact.id}>
                  <th scope="row">{title}</th>
                  <td>{day ? formatCalendarDay(day) : 'Not scheduled'}</td>
                  <td>
                    {contact.status === 'held'
                      ? 'Held'
                      : contact.status === 'cancelled'
                        ? `Cancelled${contact.cancellationReason ? `: ${contact.cancellationReason}` : ''}`
                        : 'Planned'}
                  </td>
                  <td>
                    {contact.status !== 'held'
                      ? '—'
                      : contact.attendeeIds
                          .map((id) => {
                            const debrief = contactDebriefs.find((candidate) => candidate.authorId === id);
                            return `${nameOf(id, teamMembers)}: ${debrief ? (debrief.status === 'submitted' ? 'submitted' : 'draft') : 'not started'}`;
                          })
                          .join(' · ')}
                  </td>
                  <td>
                    {outcome
                      ? outcome.recordedWithout.length > 0
                        ? `Recorded without ${joinLabels(outcome.recordedWithout.map((entry) => nameOf(entry.teamMemberId, teamMembers)))}`
                        : 'Recorded'
                      : contact.status === 'held'
                        ? 'Not yet'
                        : '—'}
                  </td>
                  <td>
                    <div className="button-row" style={{ margin: 0 }}>
                      {contact.status === 'planned' ? (
                        <>
                          <button
                            type="button"
                            className="button"
                            aria-label={`Mark held: ${title}`}
                            onClick={() => openHeld(contact)}
                          >
                            Mark held
                          </button>
                          <button
                            type="button"
                            className="button"
                            aria-label={`Cancel: ${title}`}
                            onClick={() => {
                              setReason('');
                              setDialog({ kind: 'cancelled', contact });
                            }}
                          >
                            Cancel
                          </button>
                        </>
                      ) : null}
                      {contact.status === 'held' ? (
                        <>
                          <Link
                            className="button"
                            aria-label={`Write debrief: ${title}`}
                            to={hrefs.debrief(opportunityId, contact.id)}
                          >
                            Write debrief
                          </Link>
                          <Link
                            className="button"
                            aria-label={`Compare and merge: ${title}`}
                            to={hrefs.compareDebriefs(opportunityId, contact.id)}
                          >
                            Compare and merge
                          </Link>
                        </>
                      ) : null}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <ModalDialog isOpen={dialog?.kind === 'held'} title="Mark the contact held" onClose={() => setDialog(null)}>
        <form
          className="form"
          aria-label="When it was held"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const contact = dialog?.contact;
            if (!contact) return;
            void run(async () => {
              await markHeld(contact.id, {
                heldDate: held.date || null,
                heldStartTime: held.start || null,
                heldEndTime: held.end || null,
              });
              setDialog(null);
            });
          }}
        >
          {/* Said here, in the dialog: a refusal (a day still to come) must be seen where the user is. */}
          <ErrorAlert message={error} />
          <div className="form-columns">
            <div className="form-field">
              <label htmlFor="held-date">Held on</label>
              <input
                id="held-date"
                type="date"
                required
                value={held.date}
                onChange={(event) => setHeld({ ...held, date: event.target.value })}
              />
            </div>
            <div className="form-field">
              <label htmlFor="held-start">From</label>
              <input
                id="held-start"
                type="time"
                value={held.start}
                onChange={(event) => setHeld({ ...held, start: event.target.value })}
              />
            </div>
            <div className="form-field">
              <label htmlFor="held-end">To</label>
              <input
                id="held-end"
                type="time"
                value={held.end}
                onChange={(event) => setHeld({ ...held, end: event.target.value })}
              />
            </div>
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary">
              Mark held
            </button>
            <button type="button" className="button" onClick={() => setDialog(null)}>
              Cancel
            </button>
          </div>
        </form>
      </ModalDialog>

      <ModalDialog isOpen={dialog?.kind === 'cancelled'} title="Cancel the contact" onClose={() => setDialog(null)}>
        <form
          className="form"
          aria-label="Why it was cancelled"
          onSubmit={(event) => {
            event.preventDefault();
            const contact = dialog?.contact;
            if (!contact) return;
            void run(async () => {
              await markCancelled(contact.id, reason);
              setDialog(null);
            });
          }}
        >
          <ErrorAlert message={error} />
          <div className="form-field">
            <label htmlFor="cancel-reason">Reason</label>
            <textarea
              id="cancel-reason"
              rows={2}
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-danger">
              Cancel the contact
            </button>
            <button type="button" className="button" onClick={() => setDialog(null)}>
              Keep it
            </button>
          </div>
        </form>
      </ModalDialog>
    </>
  );
};
