import { sortByName } from '../../../domain/sort-by-name';

type PeopleChoiceProps = {
  legend: string;
  people: readonly { id: string; name: string; title: string }[];
  selectedIds: readonly string[];
  onChange: (ids: string[]) => void;
  emptyText: string;
};

/** A group of checkboxes for choosing people (customer stakeholders or our attendees). */
export const PeopleChoice = ({ legend, people, selectedIds, onChange, emptyText }: PeopleChoiceProps) => (
  <fieldset>
    <legend>{legend}</legend>
    {people.length === 0 ? (
      <p className="muted">{emptyText}</p>
    ) : (
      <div className="people-choices">
        {sortByName(people).map((person) => (
          <label key={person.id}>
            <input
              type="checkbox"
              checked={selectedIds.includes(person.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...selectedIds, person.id] : selectedIds.filter((id) => id !== person.id),
                )
              }
            />
            <span>
              {person.name}
              {person.title ? <span className="muted"> — {person.title}</span> : null}
            </span>
          </label>
        ))}
      </div>
    )}
  </fieldset>
);
