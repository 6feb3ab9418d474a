import { useId, useState } from 'react';
import { personLabel } from '../domain/person-label';
import { sortByName } from '../domain/sort-by-name';

type AddKnownPersonProps<Id extends string> = {
  label: string;
  buttonLabel: string;
  people: readonly { id: Id; name: string; title: string }[];
  onAdd: (personId: Id) => Promise<void>;
};

/** Picks someone already known from another pursuit and links them to this one. */
export const AddKnownPerson = <Id extends string>({ label, buttonLabel, people, onAdd }: AddKnownPersonProps<Id>) => {
  const id = useId();
  const [personId, setPersonId] = useState('');
  const chosen = people.find((person) => person.id === personId);
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
        disabled={chosen === undefined}
        onClick={() => {
          if (chosen)
            void onAdd(chosen.id).then(() => {
              setPersonId('');
            });
        }}
      >
        {buttonLabel}
      </button>
    </>
  );
};
