import { contactStatusLabels } from '../../../domain/contact';
import { formatWhen } from '../../../lib/dates';
import { useContactDigest } from '../api/use-opportunities';
import type { OpportunityId } from '../../../domain/ids';

/** The opportunity's contacts at a glance: when, who meets whom, where, and whether it happened. */
export const ContactDigest = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const digest = useContactDigest(opportunityId);

  return (
    <section aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      {digest === undefined ? (
        <p aria-busy="true">Loading contacts…</p>
      ) : digest.length === 0 ? (
        <p>
          No contacts planned yet. A contact is one meeting: who on the customer side, which two or more of ours, what
          to ask and tell, when, where, why and how.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="contacts-heading">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Customer</th>
                <th scope="col">Our attendees</th>
                <th scope="col">Where</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {digest.map(({ contact, customerNames, attendeeNames }) => (
                <tr key={contact.id}>
                  <td>{formatWhen(contact.date, contact.startTime, contact.endTime)}</td>
                  <td>{customerNames.join(', ') || 'Nobody yet'}</td>
                  <td>{attendeeNames.join(', ') || 'Nobody yet'}</td>
                  <td>{contact.location || '—'}</td>
                  <td>{contactStatusLabels[contact.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
