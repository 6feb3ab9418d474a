import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hrefs } from '../../../config/routes';
import { customerLevelLabels, customerLevels } from '../../../domain/customer-level';
import {
  buyingRoleLabels,
  buyingRoles,
  dispositionLabels,
  dispositions,
  relationshipStageLabels,
  relationshipStages,
  type Stakeholder,
} from '../../../domain/stakeholder';
import { EmptyState } from '../../../ui/empty-state';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { AddKnownPerson } from '../../../ui/add-known-person';
import { ModalDialog } from '../../../ui/modal-dialog';
import { SortableHeader } from '../../../ui/sortable-header';
import {
  useAddKnownStakeholder,
  useOrganizationsByName,
  useOtherKnownStakeholders,
  useRemoveStakeholderFromOpportunity,
  useStakeholdersForOpportunity,
} from '../api/use-stakeholders';
import {
  filterAndSortStakeholders,
  readStakeholderQuery,
  writeStakeholderQuery,
  type StakeholderQuery,
  type StakeholderSortKey,
} from '../utils/stakeholder-filters';
import { ReportsToTree } from './reports-to-tree';
import { StakeholderForm } from './stakeholder-form';
import { ErrorAlert } from '../../../ui/error-alert';
import { RowActions } from '../../../ui/row-actions';
import type { OpportunityId } from '../../../domain/ids';
import { countLabel, formatCount } from '../../../domain/count-label';
import { sortByName } from '../../../domain/sort-by-name';

type Editing = { mode: 'new' } | { mode: 'edit'; stakeholder: Stakeholder } | null;

const columns: { key: StakeholderSortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'title', label: 'Title' },
  { key: 'organization', label: 'Organization' },
  { key: 'level', label: 'Customer level' },
  { key: 'buyingRole', label: 'Buying role' },
  { key: 'disposition', label: 'Disposition' },
  { key: 'stage', label: 'Relationship stage' },
];

/** Stakeholders of one opportunity: filter, sort, add, edit, and the reports-to tree. */
export const StakeholdersScreen = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const stakeholders = useStakeholdersForOpportunity(opportunityId);
  const organizations = useOrganizationsByName();
  const otherKnown = useOtherKnownStakeholders(opportunityId);
  const addKnown = useAddKnownStakeholder();
  const removeFromOpportunity = useRemoveStakeholderFromOpportunity();
  const [searchParams, setSearchParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>(null);
  const { error: actionError, run } = useActionRunner();

  if (stakeholders === undefined || organizations === undefined) return <p aria-busy="true">Loading stakeholders…</p>;

  const query = readStakeholderQuery(searchParams);
  const setQuery = (changes: Partial<StakeholderQuery>) =>
    setSearchParams(writeStakeholderQuery({ ...query, ...changes }), { replace: true });
  const shown = filterAndSortStakeholders(stakeholders, organizations, query);
  const organizationName = (id: string | null) =>
    organizations.find((organization) => organization.id === id)?.name ?? '—';

  const filterSelect = (
    label: string,
    value: string,
    key: keyof StakeholderQuery,
    options: readonly (readonly [string, string])[],
  ) => (
    <div className="form-field">
      <label htmlFor={`filter-${key}`}>{label}</label>
      <select id={`filter-${key}`} value={value} onChange={(event) => setQuery({ [key]: event.target.value })}>
        <option value="">All</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
          Add stakeholder
        </button>
        <AddKnownPerson
          label="Someone already known"
          buttonLabel="Add to this opportunity"
          people={otherKnown ?? []}
          onAdd={(personId) => run(() => addKnown(personId, opportunityId))}
        />
      </div>
      <ErrorAlert message={actionError} />

      {stakeholders.length === 0 ? (
        <EmptyState title="No stakeholders yet">
          <p>
            Stakeholders are the customer’s people: who decides, who evaluates, who uses the system. Add each with their
            customer level, so the plan can show whether every level is covered — not only the top.
          </p>
        </EmptyState>
      ) : (
        <>
          <search className="filters" aria-label="Filter stakeholders">
            <div className="form-field">
              <label htmlFor="filter-text">Search</label>
              <input
                id="filter-text"
                type="search"
                value={query.text}
                onChange={(event) => setQuery({ text: event.target.value })}
              />
            </div>
            {filterSelect(
              'Customer level',
              query.level,
              'level',
              customerLevels.map((level) => [level, customerLevelLabels[level]] as const),
            )}
            {filterSelect(
              'Buying role',
              query.buyingRole,
              'buyingRole',
              buyingRoles.map((role) => [role, buyingRoleLabels[role]] as const),
            )}
            {filterSelect(
              'Disposition',
              query.disposition,
              'disposition',
              dispositions.map((value) => [value, dispositionLabels[value]] as const),
            )}
            {filterSelect(
              'Relationship stage',
              query.stage,
              'stage',
              relationshipStages.map((stage) => [stage, relationshipStageLabels[stage]] as const),
            )}
            {filterSelect(
              'Organization',
              query.organizationId,
              'organizationId',
              sortByName(organizations)
                .filter((organization) => stakeholders.some((person) => person.organizationId === organization.id))
                .map((organization) => [organization.id, organization.name] as const),
            )}
          </search>
          <p role="status" className="muted">
            Showing {formatCount(shown.length)} of {countLabel(stakeholders.length, 'stakeholder')}
          </p>
          <div className="table-wrap">
            <table className="data-table" aria-label="Stakeholders">
              <thead>
                <tr>
                  {columns.map((column) => (
                    <SortableHeader
                      key={column.key}
                      label={column.label}
                      direction={query.sort === column.key ? query.direction : null}
                      onSort={() =>
                        setQuery({
                          sort: column.key,
                          direction:
                            query.sort === column.key && query.direction === 'ascending' ? 'descending' : 'ascending',
                        })
                      }
                    />
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">
                      <Link to={hrefs.stakeholderHistory(opportunityId, person.id)}>{person.name}</Link>
                      {person.isContractingOfficer ? (
                        <span className="badge badge-ok"> Contracting officer</span>
                      ) : null}
                    </th>
                    <td>{person.title || '—'}</td>
                    <td>{organizationName(person.organizationId)}</td>
                    <td>{customerLevelLabels[person.customerLevel]}</td>
                    <td>{person.buyingRole ? buyingRoleLabels[person.buyingRole] : '—'}</td>
                    <td>{dispositionLabels[person.disposition]}</td>
                    <td>{relationshipStageLabels[person.relationshipStage]}</td>
                    <td>
                      <RowActions
                        editLabel={`Edit ${person.name}`}
                        removeLabel={`Remove ${person.name} from this opportunity`}
                        onEdit={() => setEditing({ mode: 'edit', stakeholder: person })}
                        onRemove={() => void run(() => removeFromOpportunity(person.id, opportunityId))}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ReportsToTree stakeholders={stakeholders} />
        </>
      )}

      <ModalDialog
        isOpen={editing !== null}
        title={editing?.mode === 'edit' ? `Edit ${editing.stakeholder.name}` : 'New stakeholder'}
        onClose={() => setEditing(null)}
      >
        <StakeholderForm
          key={editing?.mode === 'edit' ? editing.stakeholder.id : 'new'}
          opportunityId={opportunityId}
          stakeholder={editing?.mode === 'edit' ? editing.stakeholder : undefined}
          colleagues={stakeholders}
          organizations={organizations}
          onDone={() => setEditing(null)}
        />
      </ModalDialog>
    </>
  );
};
