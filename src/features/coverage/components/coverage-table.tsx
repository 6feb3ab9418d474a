import { customerLevelLabels } from '../../../domain/customer-level';
import type { LevelCoverage } from '../../../domain/rules/coverage';
import { relationshipStageLabels } from '../../../domain/stakeholder';
import { formatCalendarDay, formatNumber } from '../../../lib/dates';
import { counterpartText, coverageStatusHints, coverageStatusLabels } from '../utils/describe-coverage';

type CoverageTableProps = {
  rows: LevelCoverage[];
  caption: string;
  /** Opens the people and contacts behind a level; null for print, where nothing is clickable. */
  onShowDetails: ((row: LevelCoverage) => void) | null;
};

/** A coverage status as a badge: its words and its colour. */
export const CoverageBadge = ({ status }: { status: LevelCoverage['status'] }) => (
  <span className={`coverage-badge coverage-${status}`} title={coverageStatusHints[status]}>
    {coverageStatusLabels[status]}
  </span>
);

/**
 * One row per customer level. Clicking any cell opens who and what is behind the row; the level's
 * name is the button for keyboard users, so a row costs one tab stop, not eight.
 */
export const CoverageTable = ({ rows, caption, onShowDetails }: CoverageTableProps) => (
  <div className="table-wrap">
    <table className="data-table coverage-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Customer level</th>
          <th scope="col">Coverage</th>
          <th scope="col">Stakeholders known</th>
          <th scope="col">Held, last 30 days</th>
          <th scope="col">Held, last 90 days</th>
          <th scope="col">Relationship: best · typical</th>
          <th scope="col">Our counterparts</th>
          <th scope="col">Last contact</th>
          <th scope="col">Open asks</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const show = onShowDetails ? () => onShowDetails(row) : undefined;
          return (
            <tr key={row.level} className={show ? 'clickable-row' : undefined} onClick={show}>
              <th scope="row">
                {show ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={(event) => {
                      event.stopPropagation();
                      show();
                    }}
                    aria-label={`${customerLevelLabels[row.level]}: show people and contacts`}
                  >
                    {customerLevelLabels[row.level]}
                  </button>
                ) : (
                  customerLevelLabels[row.level]
                )}
              </th>
              <td>
                <CoverageBadge status={row.status} />
              </td>
              <td>
                {row.stakeholders.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <ul className="plain-list">
                    {row.stakeholders.map((person) => (
                      <li key={person.stakeholder.id}>{person.stakeholder.name}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{formatNumber(row.heldLast30)}</td>
              <td>{formatNumber(row.heldLast90)}</td>
              <td>
                {row.bestStage && row.typicalStage
                  ? `${relationshipStageLabels[row.bestStage]} · ${relationshipStageLabels[row.typicalStage]}`
                  : '—'}
              </td>
              <td>
                {row.counterparts.length === 0 ? (
                  <span className="muted">Nobody yet</span>
                ) : (
                  <ul className="plain-list">
                    {row.counterparts.map((counterpart) => (
                      <li key={counterpart.teamMember.id}>{counterpartText(counterpart)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {row.lastContact ? formatCalendarDay(row.lastContact) : 'Never'}
                {row.nextPlanned ? <span className="muted"> · next {formatCalendarDay(row.nextPlanned)}</span> : null}
              </td>
              <td>{formatNumber(row.openAsks.length)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);
