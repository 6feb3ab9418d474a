import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { TeamMember } from '../../../domain/team-member';
import {
  ownerFilterFromValue,
  ownerFilterValue,
  readOwnerFilter,
  writeOwnerFilter,
  type OwnerFilter,
  type OwnerOption,
} from '../utils/owner-filter';
import { WhoYouAre } from './who-you-are';

/** The owner filter of the page, read from and written to the URL (`?owner=…`). */
export const useOwnerFilter = (): [OwnerFilter, (filter: OwnerFilter) => void] => {
  const [searchParams, setSearchParams] = useSearchParams();
  const setFilter = useCallback(
    (filter: OwnerFilter) => setSearchParams((params) => writeOwnerFilter(params, filter), { replace: true }),
    [setSearchParams],
  );
  return [readOwnerFilter(searchParams), setFilter];
};

type OwnerFilterBarProps = {
  /** Names the filter region: "Filter action items". */
  label: string;
  filter: OwnerFilter;
  options: readonly OwnerOption[];
  /** Who you may be, for "You are" beside "Mine". */
  people: readonly TeamMember[];
  onChange: (filter: OwnerFilter) => void;
};

/**
 * Owner: Everyone, Mine, each owner, No owner yet. With Mine, "You are" sits beside it: the place
 * to say (or change) who you are, never a dead option.
 */
export const OwnerFilterBar = ({ label, filter, options, people, onChange }: OwnerFilterBarProps) => (
  <search className="filters owner-filters" aria-label={label}>
    <div className="form-field">
      <label htmlFor="owner-filter">Filter by owner</label>
      <select
        id="owner-filter"
        value={ownerFilterValue(filter)}
        onChange={(event) => onChange(ownerFilterFromValue(event.target.value))}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
    {filter.kind === 'mine' ? <WhoYouAre people={people} id="owner-filter-you" /> : null}
  </search>
);
