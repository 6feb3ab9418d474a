import { useId, useState } from 'react';
import { personLabel } from '../domain/person-label';
import { sortByName } from '../domain/sort-by-name';

type AddKnownPersonProps = {
  label: string;
  buttonLabel: string;
  people: readonly { id: string; name: string; title: string }[];
  onAdd: (personId: string) => Promise<void>;
};

/** Picks someone already known from another pursuit and links them to this one. */
export const AddKnownPerson = ({ label, buttonLabel, people, onAdd }: AddKnownPersonProps) => {
  const id = useId();
  const [personId, setPersonId] = useState('');
  if (people.length === 0) return null;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={personId} onChange={(event) => setPersonId(event.target.value)}>
        <option value="">Choose a person…</option>
        {sortByName(people).map((person) => (
          <option key={person.id} value={person.id}>
            {personLabel(person)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        disabled={personId === ''}
        onClick={() =>
          void onAdd(personId).then(() => {
            setPersonId('');
          })
        }
      >
        {buttonLabel}
      </button>
    </>
  );
};
