import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { contactStatusLabels, heldDayOf, type Contact } from '../../../domain/contact';
import { customerLevelLabels } from '../../../domain/customer-level';
import type { Opportunity } from '../../../domain/opportunity';
import { personLabel } from '../../../domain/person-label';
import type { LevelCoverage } from '../../../domain/rules/coverage';
import { relationshipStageLabels, type Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';
import { formatCalendarDay, formatWhen } from '../../../lib/dates';
import { ModalDialog } from '../../../ui/modal-dialog';
import { CoverageBadge } from './coverage-table';
import { formatCount } from '../../../domain/count-label';

export type LevelDetails = { row: LevelCoverage; opportunity: Opportunity | null };

type LevelDetailsDialogProps = {
  details: LevelDetails | null;
  teamMembers: readonly TeamMember[];
  /** Every stakeholder in view, to name the other people in a contact. */
  stakeholders: readonly Stakeholder[];
  opportunities: readonly Opportunity[];
  onClose: () => void;
};

const whenOf = (contact: Contact) =>
  contact.status === 'held'
    ? formatWhen(heldDayOf(contact), contact.heldStartTime ?? contact.startTime, contact.heldEndTime ?? contact.endTime)
    : formatWhen(contact.date, contact.startTime, contact.endTime);

/** What is behind a coverage cell: the stakeholders at the level and every contact with them. */
export const LevelDetailsDialog = ({
  details,
  teamMembers,
  stakeholders,
  opportunities,
  onClose,
}: LevelDetailsDialogProps) => {
  const row = details?.row;
  const title = row
    ? `${customerLevelLabels[row.level]}${details.opportunity ? ` · ${details.opportunity.name}` : ' · all open opportunities'}`
    : '';
  const teamName = (id: string) => teamMembers.find((person) => person.id === id)?.name ?? 'Unknown person';
  const stakeholderLabel = (id: string) => personLabel(stakeholders.find((person) => person.id === id));
  const opportunityOf = (id: string) => opportunities.find((opportunity) => opportunity.id === id);

  return (
    <ModalDialog isOpen={details !== null} title={title} onClose={onClose} className="modal-wide">
      {row ? (
        <>
          <p>
            <CoverageBadge status={row.status} />
          </p>
          <h3>Stakeholders ({formatCount(row.stakeholders.length)})</h3>
          {row.stakeholders.length === 0 ? (
            <p>Nobody at this level is known yet.</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">Stakeholders at this level</caption>
                <thead>
                  <tr>
                    <th scope="col">Stakeholder</th>
                    <th scope="col">Relationship</th>
                    <th scope="col">Last met</th>
                    <th scope="col">Met by</th>
                  </tr>
                </thead>
                <tbody>
                  {row.stakeholders.map((person) => {
                    const opportunityId = details.opportunity?.id ?? person.stakeholder.opportunityIds[0];
                    return (
                      <tr key={person.stakeholder.id}>
                        <th scope="row">
                          {opportunityId ? (
                            <Link to={hrefs.stakeholderHistory(opportunityId, person.stakeholder.id)}>
                              {personLabel(person.stakeholder)}
                            </Link>
                          ) : (
                            personLabel(person.stakeholder)
                          )}
                        </th>
                        <td>{relationshipStageLabels[person.stakeholder.relationshipStage]}</td>
                        <td>{person.lastMet ? formatCalendarDay(person.lastMet) : 'Never'}</td>
                        <td>{person.metByIds.length > 0 ? person.metByIds.map(teamName).join(', ') : 'Nobody yet'}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <h3>Contacts ({formatCount(row.contacts.length)})</h3>
          {row.contacts.length === 0 ? (
            <p>No contact with this level is held or planned.</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">Contacts with this level</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Ours</th>
                    <th scope="col">Where</th>
                    <th scope="col">Status</th>
                    <th scope="col">Opportunity</th>
                  </tr>
                </thead>
                <tbody>
                  {row.contacts.map((contact) => (
                    <tr key={contact.id}>
                      <th scope="row">{whenOf(contact)}</th>
                      <td>{contact.stakeholderIds.map(stakeholderLabel).join(', ')}</td>
                      <td>
                        {contact.attendeeIds.length > 0 ? contact.attendeeIds.map(teamName).join(', ') : 'Nobody yet'}
                      </td>
                      <td>{contact.location || '—'}</td>
                      <td>{contactStatusLabels[contact.status]}</td>
                      <td>
                        <Link to={hrefs.contactPlan(contact.opportunityId)}>
                          {opportunityOf(contact.opportunityId)?.name ?? 'Contact plan'}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : null}
    </ModalDialog>
  );
};
