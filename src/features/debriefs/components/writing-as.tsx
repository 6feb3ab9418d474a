import type { TeamMemberId } from '../../../domain/ids';
import type { TeamMember } from '../../../domain/team-member';
import { useSettingsStore } from '../../../stores/settings-store';
import { sortByName } from '../../../domain/sort-by-name';

/** "Writing as": which attendee is at the keyboard. Remembered in this browser. */
export const WritingAs = ({ attendees }: { attendees: readonly TeamMember[] }) => {
  const currentId = useSettingsStore((state) => state.currentTeamMemberId);
  const setCurrentId = useSettingsStore((state) => state.setCurrentTeamMemberId);
  const value = attendees.some((person) => person.id === currentId) ? (currentId ?? '') : '';
  return (
    <div className="form-field" style={{ maxWidth: '24rem' }}>
      <label htmlFor="writing-as">Writing as</label>
      <select id="writing-as" value={value} onChange={(event) => setCurrentId(event.target.value || null)}>
        <option value="">Choose who you are…</option>
        {sortByName(attendees).map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
};

/** The current attendee, if they attended this contact. */
export const useCurrentAttendeeId = (attendeeIds: readonly TeamMemberId[]): TeamMemberId | null => {
  const currentId = useSettingsStore((state) => state.currentTeamMemberId);
  return attendeeIds.find((id) => id === currentId) ?? null;
};
