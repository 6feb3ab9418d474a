import type { ActionItem } from '../../../domain/action-item';
import type { Contact } from '../../../domain/contact';
import type { Debrief } from '../../../domain/debrief';
import { joinLabels } from '../../../domain/field-labels';
import type { Outcome } from '../../../domain/outcome';
import { relationshipStageLabels, type Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';
import { formatCalendarDay } from '../../../lib/dates';
import { resultLabel } from '../utils/result-text';

type OutcomeViewProps = {
  outcome: Outcome;
  contact: Contact;
  teamMembers: readonly TeamMember[];
  stakeholders: readonly Stakeholder[];
  /** The contact's action items; those this outcome created are listed. */
  actionItems: readonly ActionItem[];
  /** The contact's debriefs, to name whose were merged. */
  debriefs: readonly Debrief[];
};

/**
 * The recorded outcome as the team agreed it: every item's result with what was learned, the
 * summary and next steps, the stage changes, whose debrief it went ahead without and why, and the
 * action items it created.
 */
export const OutcomeView = ({
  outcome,
  contact,
  teamMembers,
  stakeholders,
  actionItems,
  debriefs,
}: OutcomeViewProps) => {
  const nameOf = (id: string | null, people: readonly { id: string; name: string }[], fallback: string) =>
    people.find((person) => person.id === id)?.name ?? fallback;
  const created = actionItems.filter((item) => item.outcomeId === outcome.id);
  const authors = outcome.mergedFromDebriefIds.map((id) =>
    nameOf(debriefs.find((debrief) => debrief.id === id)?.authorId ?? null, teamMembers, 'an attendee'),
  );
  return (
    <div className="outcome-view">
      {outcome.recordedWithout.map((entry) => (
        <p key={entry.teamMemberId} className="notice notice-warning">
          <strong>Recorded without {nameOf(entry.teamMemberId, teamMembers, 'an attendee')}’s debrief.</strong>{' '}
          <span className="pre-wrap">Why: {entry.reason}</span>
        </p>
      ))}

      <div className="table-wrap">
        <table className="data-table outcome-results" aria-label="Agreed results">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Agreed result</th>
              <th scope="col">What we learned / their reaction</th>
            </tr>
          </thead>
          <tbody>
            {contact.items.map((item) => {
              const result = outcome.itemResults.find(
                (candidate) => candidate.itemId === item.id && candidate.kind === item.kind,
              );
              const note = result ? (result.kind === 'ask' ? result.finding : result.reaction) : '';
              return (
                <tr key={item.id}>
                  <th scope="row">
                    {item.kind === 'ask' ? 'Ask' : 'Tell'}: {item.text}
                  </th>
                  <td>{resultLabel(result)}</td>
                  <td className="pre-wrap">{note || <span className="muted">—</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="outcome-columns">
        <div>
          <h3>Summary</h3>
          <p className="pre-wrap">{outcome.summary || <span className="muted">No summary.</span>}</p>
          <h3>Next steps</h3>
          <p className="pre-wrap">{outcome.nextSteps || <span className="muted">None written.</span>}</p>
        </div>
        <div>
          <h3>Relationship stages</h3>
          {outcome.stageChanges.length === 0 ? (
            <p className="muted">No stage changed.</p>
          ) : (
            <ul className="plain-list">
              {outcome.stageChanges.map((change) => (
                <li key={change.stakeholderId}>
                  {nameOf(change.stakeholderId, stakeholders, 'A stakeholder')}: {relationshipStageLabels[change.from]}{' '}
                  → {relationshipStageLabels[change.to]}
                </li>
              ))}
            </ul>
          )}
          <h3>Action items created</h3>
          {created.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            <ul className="plain-list" aria-label="Action items created">
              {created.map((item) => (
                <li key={item.id}>
                  {item.text}{' '}
                  <span className="muted">
                    — {item.ownerId ? nameOf(item.ownerId, teamMembers, 'someone') : 'no owner yet'}
                    {item.dueDate ? `, due ${formatCalendarDay(item.dueDate)}` : ''}
                    {item.status === 'done' ? ' (done)' : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p className="muted">
        {authors.length === 0
          ? 'Recorded with no debrief merged.'
          : `Merged from the debriefs of ${joinLabels(authors)}, which stay as written.`}
      </p>
    </div>
  );
};
