import { customerLevelLabels } from '../../../domain/customer-level';
import { coveredLevels } from '../../../domain/rules/coverage';
import type { OpportunityCoverage } from '../api/use-coverage';
import { coverageStatusHints, coverageStatusLabels } from '../utils/describe-coverage';
import type { LevelDetails } from './level-details-dialog';

type CoverageHeatMapProps = {
  opportunities: readonly OpportunityCoverage[];
  onShowDetails: (details: LevelDetails) => void;
};

/**
 * Levels × open opportunities, each cell coloured by its coverage and saying it in words. Built as
 * a table of buttons rather than a drawing: every cell is then readable by a screen reader,
 * reachable by keyboard and opens what is behind it.
 */
export const CoverageHeatMap = ({ opportunities, onShowDetails }: CoverageHeatMapProps) => (
  <figure className="coverage-chart">
    <figcaption>
      <strong>Coverage heat map.</strong> Each customer level (rows) in each open opportunity (columns): green is
      covered in the last 90 days, amber lapsed or only planned, red nobody contacted. Choose a cell to see who and what
      is behind it.
    </figcaption>
    <div className="table-wrap">
      <table className="heat-map">
        <thead>
          <tr>
            <th scope="col">Customer level</th>
            {opportunities.map((entry) => (
              <th scope="col" key={entry.opportunity.id}>
                {entry.opportunity.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coveredLevels.map((level) => (
            <tr key={level}>
              <th scope="row">{customerLevelLabels[level]}</th>
              {opportunities.map((entry) => {
                const row = entry.rows.find((each) => each.level === level);
                if (!row) return <td key={entry.opportunity.id} />;
                return (
                  <td key={entry.opportunity.id} className={`coverage-${row.status}`}>
                    <button
                      type="button"
                      className="heat-cell"
                      title={coverageStatusHints[row.status]}
                      aria-label={`${customerLevelLabels[level]} in ${entry.opportunity.name}: ${coverageStatusLabels[row.status]}, ${coverageStatusHints[row.status]}`}
                      onClick={() => onShowDetails({ row, opportunity: entry.opportunity })}
                    >
                      {coverageStatusLabels[row.status]}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </figure>
);
