import type { TeamMember } from '../../../domain/team-member';
import { sortByName } from '../../../domain/sort-by-name';
import { useSettingsStore } from '../../../stores/settings-store';

/**
 * "You are": who of ours is using this browser — the same choice as "Writing as" on the debriefs,
 * kept in this browser, so "Mine" can show your action items. (Sign-in will take its place.)
 */
export const WhoYouAre = ({ people, id }: { people: readonly TeamMember[]; id: string }) => {
  const currentId = useSettingsStore((state) => state.currentTeamMemberId);
  const setCurrentId = useSettingsStore((state) => state.setCurrentTeamMemberId);
  const value = people.some((person) => person.id === currentId) ? (currentId ?? '') : '';
  return (
    <div className="form-field">
      <label htmlFor={id}>You are</label>
      <select
        id={id}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setCurrentId(event.target.value || null)}
      >
        <option value="">Choose who you are…</option>
        {sortByName(people).map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        Kept in this browser, as “Writing as” on debriefs.
      </p>
    </div>
  );
};

/** You, when this browser knows who you are and you are one of these people. */
export const useYou = (people: readonly TeamMember[]): TeamMember | null => {
  const currentId = useSettingsStore((state) => state.currentTeamMemberId);
  return people.find((person) => person.id === currentId) ?? null;
};
