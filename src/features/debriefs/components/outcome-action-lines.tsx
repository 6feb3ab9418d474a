import type { ActionItem } from '../../../domain/action-item';
import { sortByName } from '../../../domain/sort-by-name';
import type { TeamMember } from '../../../domain/team-member';
import { repeatedActionItem, type ActionLine } from '../utils/outcome-draft';

type OutcomeActionLinesProps = {
  lines: readonly ActionLine[];
  existing: readonly Pick<ActionItem, 'text'>[];
  teamMembers: readonly TeamMember[];
  isAmending: boolean;
  onChange: (lines: ActionLine[]) => void;
};

/**
 * The action items the outcome creates: the debriefs' proposals once each, editable, plus any the
 * team adds. A line that repeats an action item already there says so: it is not created twice.
 */
export const OutcomeActionLines = ({ lines, existing, teamMembers, isAmending, onChange }: OutcomeActionLinesProps) => {
  const setLine = (index: number, changes: Partial<ActionLine>) =>
    onChange(lines.map((line, position) => (position === index ? { ...line, ...changes } : line)));
  return (
    <fieldset>
      <legend>{isAmending ? 'New action items' : 'Action items'}</legend>
      {lines.map((line, index) => {
        const label = `Outcome action item ${String(index + 1)}`;
        const repeated = repeatedActionItem(lines, index, existing);
        return (
          <div key={index} className="action-item-line">
            <div className="action-item-row">
              <input
                type="text"
                aria-label={label}
                aria-describedby={repeated ? `repeated-action-${String(index)}` : undefined}
                value={line.text}
                onChange={(event) => setLine(index, { text: event.target.value })}
              />
              <select
                aria-label={`${label} owner`}
                value={line.ownerId}
                onChange={(event) => setLine(index, { ownerId: event.target.value })}
              >
                <option value="">No owner yet</option>
                {sortByName(teamMembers).map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
              <input
                type="date"
                aria-label={`${label} due`}
                value={line.dueDate}
                onChange={(event) => setLine(index, { dueDate: event.target.value })}
              />
              <button
                type="button"
                className="button"
                aria-label={`Remove outcome action item ${String(index + 1)}`}
                onClick={() => onChange(lines.filter((_, position) => position !== index))}
              >
                Remove
              </button>
            </div>
            {repeated ? (
              <p id={`repeated-action-${String(index)}`} className="field-hint">
                Same as “{repeated}”: it will not be added twice.
              </p>
            ) : null}
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...lines, { text: '', ownerId: '', dueDate: '' }])}
      >
        Add action item
      </button>
    </fieldset>
  );
};
