import { useState } from 'react';
import { customerLevelLabels } from '../../../domain/customer-level';
import { teamMemberKindLabels, type TeamMember } from '../../../domain/team-member';
import { EmptyState } from '../../../ui/empty-state';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { AddKnownPerson } from '../../../ui/add-known-person';
import { ModalDialog } from '../../../ui/modal-dialog';
import {
  useAssignTeamMember,
  useOtherTeamMembers,
  useTeamForOpportunity,
  useUnassignTeamMember,
} from '../api/use-team';
import { TeamMemberForm } from './team-member-form';
import { ErrorAlert } from '../../../ui/error-alert';
import { RowActions } from '../../../ui/row-actions';
import type { OpportunityId } from '../../../domain/ids';

type Editing = { mode: 'new' } | { mode: 'edit'; teamMember: TeamMember } | null;

/** Our people on this pursuit: employees, teammates, consultants, liaisons, field reps. */
export const TeamScreen = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const team = useTeamForOpportunity(opportunityId);
  const others = useOtherTeamMembers(opportunityId);
  const assign = useAssignTeamMember();
  const unassign = useUnassignTeamMember();
  const [editing, setEditing] = useState<Editing>(null);
  const { error: actionError, run } = useActionRunner();

  if (team === undefined) return <p aria-busy="true">Loading the team…</p>;

  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
          Add team member
        </button>
        <AddKnownPerson
          label="Someone already on another pursuit"
          buttonLabel="Assign to this opportunity"
          people={others ?? []}
          onAdd={(personId) => run(() => assign(personId, opportunityId))}
        />
      </div>
      <ErrorAlert message={actionError} />

      {team.length === 0 ? (
        <EmptyState title="Nobody on the team yet">
          <p>
            Add our people who will meet the customer — employees, teammates, consultants, brokers, government liaisons,
            field marketing reps — each with the customer level they are matched to. Every meeting needs at least two of
            them.
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-label="Team">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Title</th>
                <th scope="col">Company</th>
                <th scope="col">Kind</th>
                <th scope="col">Counterpart level</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {team.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  <td>{person.title || '—'}</td>
                  <td>{person.company || '—'}</td>
                  <td>{teamMemberKindLabels[person.kind]}</td>
                  <td>{person.counterpartLevel ? customerLevelLabels[person.counterpartLevel] : 'Not matched'}</td>
                  <td>
                    <RowActions
                      editLabel={`Edit ${person.name}`}
                      removeLabel={`Take ${person.name} off this opportunity`}
                      onEdit={() => setEditing({ mode: 'edit', teamMember: person })}
                      onRemove={() => void run(() => unassign(person.id, opportunityId))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <ModalDialog
        isOpen={editing !== null}
        title={editing?.mode === 'edit' ? `Edit ${editing.teamMember.name}` : 'New team member'}
        onClose={() => setEditing(null)}
      >
        <TeamMemberForm
          key={editing?.mode === 'edit' ? editing.teamMember.id : 'new'}
          opportunityId={opportunityId}
          teamMember={editing?.mode === 'edit' ? editing.teamMember : undefined}
          onDone={() => setEditing(null)}
        />
      </ModalDialog>
    </>
  );
};
