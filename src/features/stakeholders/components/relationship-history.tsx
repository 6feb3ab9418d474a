import { contactStatusLabels } from '../../../domain/contact';
import { customerLevelLabels } from '../../../domain/customer-level';
import { askResultLabels, tellResultLabels } from '../../../domain/item-result';
import { relationshipStageLabels } from '../../../domain/stakeholder';
import { formatCalendarDay } from '../../../lib/dates';
import { useRelationshipHistory } from '../api/use-stakeholders';
import type { StakeholderId } from '../../../domain/ids';
import { formatCount } from '../../../domain/count-label';

/** Every contact with one stakeholder: what was asked, told and learned, and their stage over time. */
export const RelationshipHistory = ({ stakeholderId }: { stakeholderId: StakeholderId | null }) => {
  const history = useRelationshipHistory(stakeholderId);
  if (history === undefined) return <p aria-busy="true">Loading the history…</p>;
  if (history === null) return <p>This stakeholder no longer exists.</p>;
  const { stakeholder, entries, teamMembers } = history;
  const stageSteps = entries.flatMap(({ contact, outcome }) =>
    (outcome?.stageChanges ?? [])
      .filter((change) => change.stakeholderId === stakeholder.id)
      .map((change) => ({ day: contact.heldDate ?? contact.date, change })),
  );

  return (
    <>
      <h2>
        {stakeholder.name}
        {stakeholder.title ? ` — ${stakeholder.title}` : ''}
      </h2>
      <p>
        {customerLevelLabels[stakeholder.customerLevel]} · relationship stage now:{' '}
        <strong>{relationshipStageLabels[stakeholder.relationshipStage]}</strong>
      </p>
      {stakeholder.culturalNotes ? <p className="notice">Cultural notes: {stakeholder.culturalNotes}</p> : null}

      <section aria-labelledby="stage-history-heading">
        <h3 id="stage-history-heading">Relationship stage over time</h3>
        {stageSteps.length === 0 ? (
          <p className="muted">No change recorded yet: stages move when a meeting’s outcome is recorded.</p>
        ) : (
          <ol>
            {stageSteps.map(({ day, change }, index) => (
              <li key={index}>
                {day ? formatCalendarDay(day) : 'Undated'}: {relationshipStageLabels[change.from]} →{' '}
                {relationshipStageLabels[change.to]}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="contact-history-heading">
        <h3 id="contact-history-heading">Contacts ({formatCount(entries.length)})</h3>
        {entries.length === 0 ? (
          <p className="muted">No contact with {stakeholder.name} yet.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table" aria-label={`Contacts with ${stakeholder.name}`}>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Opportunity</th>
                  <th scope="col">Our attendees</th>
                  <th scope="col">Status</th>
                  <th scope="col">Asked, told and learned</th>
                </tr>
              </thead>
              <tbody>
                {entries.map(({ contact, outcome, opportunity }) => {
                  const day = contact.heldDate ?? contact.date;
                  return (
                    <tr key={contact.id}>
                      <th scope="row">{day ? formatCalendarDay(day) : 'Not scheduled'}</th>
                      <td>{opportunity?.name ?? '—'}</td>
                      <td>
                        {contact.attendeeIds
                          .map((id) => teamMembers.find((person) => person.id === id)?.name ?? 'someone')
                          .join(', ')}
                      </td>
                      <td>{contactStatusLabels[contact.status]}</td>
                      <td>
                        <ul className="plain-list">
                          {contact.items.map((item) => {
                            const result = outcome?.itemResults.find((candidate) => candidate.itemId === item.id);
                            const resultLabel = result?.result
                              ? result.kind === 'ask'
                                ? askResultLabels[result.result]
                                : tellResultLabels[result.result]
                              : null;
                            const note = result ? (result.kind === 'ask' ? result.finding : result.reaction) : '';
                            return (
                              <li key={item.id}>
                                <strong>{item.kind === 'ask' ? 'Asked' : 'Told'}:</strong> {item.text}
                                {resultLabel ? ` — ${resultLabel}` : ''}
                                {note ? `: ${note}` : ''}
                              </li>
                            );
                          })}
                          {outcome?.summary ? (
                            <li>
                              <strong>Summary:</strong> {outcome.summary}
                            </li>
                          ) : null}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
};
