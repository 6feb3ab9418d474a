import type { TeamMemberId } from '../../../domain/ids';

export type WithoutChoice = { isWithout: boolean; reason: string };

type RecordedWithoutFieldsProps = {
  waitingFor: readonly TeamMemberId[];
  choices: Readonly<Record<string, WithoutChoice>>;
  authorName: (id: string) => string;
  onChange: (teamMemberId: TeamMemberId, choice: WithoutChoice) => void;
};

/**
 * Attendees whose debrief is not submitted. The outcome waits for them, unless the team chooses to
 * record it without someone and says why; the reason is kept and shown with the outcome.
 */
export const RecordedWithoutFields = ({ waitingFor, choices, authorName, onChange }: RecordedWithoutFieldsProps) => (
  <fieldset className="recorded-without">
    <legend>Debriefs not submitted</legend>
    {waitingFor.map((id) => {
      const name = authorName(id);
      const choice = choices[id] ?? { isWithout: false, reason: '' };
      return (
        <div key={id} className="recorded-without-person">
          <p className="field-hint">
            <bdi>{name}</bdi> has not submitted a debrief yet. The outcome waits for it, unless you record it without{' '}
            <bdi>{name}</bdi> and say why.
          </p>
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={choice.isWithout}
              onChange={(event) => onChange(id, { ...choice, isWithout: event.target.checked })}
            />
            Record without <bdi>{name}</bdi>
          </label>
          {choice.isWithout ? (
            <div className="form-field">
              <label htmlFor={`without-reason-${id}`}>
                Why without <bdi>{name}</bdi>? <span className="required-mark">(required, kept with the outcome)</span>
              </label>
              <textarea
                id={`without-reason-${id}`}
                rows={2}
                value={choice.reason}
                onChange={(event) => onChange(id, { ...choice, reason: event.target.value })}
              />
            </div>
          ) : null}
        </div>
      );
    })}
  </fieldset>
);
