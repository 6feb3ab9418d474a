import { contactStatuses, contactStatusLabels } from '../../../domain/contact';
import { customerLevelLabels, customerLevels } from '../../../domain/customer-level';
import type { Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';
import { useContactPlanStore } from '../stores/contact-plan-store';
import { hasActiveFilters, type ContactFilters } from '../utils/contact-filters';
import { sortByName } from '../../../domain/sort-by-name';

type ContactFiltersBarProps = { stakeholders: readonly Stakeholder[]; teamMembers: readonly TeamMember[] };

/** Filter the contact plan by status, person, level, date range and text; sort it. */
export const ContactFiltersBar = ({ stakeholders, teamMembers }: ContactFiltersBarProps) => {
  const filters = useContactPlanStore((state) => state.filters);
  const setFilters = useContactPlanStore((state) => state.setFilters);
  const clearFilters = useContactPlanStore((state) => state.clearFilters);

  const select = (
    id: string,
    label: string,
    key: keyof ContactFilters,
    options: readonly (readonly [string, string])[],
  ) => (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={filters[key]} onChange={(event) => setFilters({ [key]: event.target.value })}>
        <option value="">All</option>
        {options.map(([value, optionLabel]) => (
          <option key={value} value={value}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <search className="filters" aria-label="Contact filters">
      <div className="form-field">
        <label htmlFor="contact-filter-text">Filter contacts</label>
        <input
          id="contact-filter-text"
          type="search"
          value={filters.text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </div>
      {select(
        'contact-filter-status',
        'Status',
        'status',
        contactStatuses.map((status) => [status, contactStatusLabels[status]] as const),
      )}
      {select(
        'contact-filter-stakeholder',
        'Stakeholder',
        'stakeholderId',
        sortByName(stakeholders).map((person) => [person.id, person.name] as const),
      )}
      {select(
        'contact-filter-attendee',
        'Our attendee',
        'attendeeId',
        sortByName(teamMembers).map((person) => [person.id, person.name] as const),
      )}
      {select(
        'contact-filter-level',
        'Customer level',
        'level',
        customerLevels.map((level) => [level, customerLevelLabels[level]] as const),
      )}
      <div className="form-field">
        <label htmlFor="contact-filter-from">From</label>
        <input
          id="contact-filter-from"
          type="date"
          value={filters.from}
          onChange={(event) => setFilters({ from: event.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor="contact-filter-to">To</label>
        <input
          id="contact-filter-to"
          type="date"
          value={filters.to}
          onChange={(event) => setFilters({ to: event.target.value })}
        />
      </div>
      {hasActiveFilters(filters) ? (
        <button type="button" className="button" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
};
