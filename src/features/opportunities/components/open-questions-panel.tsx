import { formatCalendarDay } from '../../../lib/dates';
import { useOpenQuestions } from '../api/use-opportunities';
import type { OpportunityId } from '../../../domain/ids';
import { formatCount } from '../../../domain/count-label';

const stateLabels = {
  'not-yet-recorded': null,
  'partly-answered': 'Partly answered',
  'not-answered': 'Asked, not answered',
  'not-delivered': 'Not delivered yet',
} as const;

/** "What else do we need to know, and what else must they hear from us?" */
export const OpenQuestionsPanel = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const questions = useOpenQuestions(opportunityId);
  if (questions === undefined) return <p aria-busy="true">Loading open questions…</p>;

  const asks = questions.filter((question) => question.kind === 'ask');
  const tells = questions.filter((question) => question.kind === 'tell');
  const list = (items: typeof questions, emptyText: string) =>
    items.length === 0 ? (
      <p className="muted">{emptyText}</p>
    ) : (
      <ul>
        {items.map((question) => {
          const state = stateLabels[question.state];
          return (
            <li key={`${question.contactId}-${question.itemId}`}>
              {question.text}{' '}
              <span className="muted">
                — {question.customerNames.join(', ') || 'nobody yet'}
                {question.contactDate ? `, ${formatCalendarDay(question.contactDate)}` : ', not scheduled'}
              </span>
              {state ? <span className="badge badge-warning"> {state}</span> : null}
            </li>
          );
        })}
      </ul>
    );

  return (
    <section aria-labelledby="open-questions-heading">
      <h2 id="open-questions-heading">Open questions</h2>
      <div className="form-columns">
        <div>
          <h3>Still to find out ({formatCount(asks.length)})</h3>
          {list(asks, 'Every ask in the plan is answered. What else do we need to know?')}
        </div>
        <div>
          <h3>Still to tell them ({formatCount(tells.length)})</h3>
          {list(tells, 'Every message in the plan is delivered. What else must they hear from us?')}
        </div>
      </div>
    </section>
  );
};
