/**
 * The coverage charts (Recharts, loaded with this module only when a coverage screen opens). Each
 * chart is a figure with a caption that says what it shows in a sentence, and its figures as a
 * table beneath, so nothing is told by the picture alone.
 */
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CalendarDay } from '../../../domain/calendar-day';
import type { Contact } from '../../../domain/contact';
import { customerLevelLabels } from '../../../domain/customer-level';
import type { Outcome } from '../../../domain/outcome';
import { coveredLevels } from '../../../domain/rules/coverage';
import {
  getContactsPerMonth,
  getStageByLevel,
  stageTrendMonths,
  trendMonths,
} from '../../../domain/rules/coverage-trends';
import { relationshipStageLabels, relationshipStages, type Stakeholder } from '../../../domain/stakeholder';
import { formatNumber } from '../../../lib/dates';
import { countLabel } from '../../../domain/count-label';

type CoverageChartsProps = {
  stakeholders: readonly Stakeholder[];
  contacts: readonly Contact[];
  outcomes: readonly Outcome[];
  today: CalendarDay;
};

// Colour and dash together, so the lines differ without colour too (and the legend names them).
const levelStyles = [
  { stroke: '#1d4ed8', dash: '' },
  { stroke: '#b45309', dash: '6 3' },
  { stroke: '#047857', dash: '2 3' },
  { stroke: '#7c3aed', dash: '10 4 2 4' },
  { stroke: '#be123c', dash: '4 4' },
  { stroke: '#374151', dash: '12 3' },
];

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
const stageName = (rank: number | null | undefined) =>
  rank === null || rank === undefined ? 'Nobody known' : relationshipStageLabels[relationshipStages[rank] ?? 'unknown'];

// Legend words in the page's ink: series colours are too light to read as text.
const legendText = (value: string) => <span className="chart-legend-text">{value}</span>;

const Figure = ({
  title,
  summary,
  children,
  table,
}: {
  title: string;
  summary: string;
  children: React.ReactNode;
  table: React.ReactNode;
}) => {
  const captionId = useId();
  return (
    <figure className="coverage-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <strong>{title}.</strong> {summary}
      </figcaption>
      <div className="chart-area" aria-hidden="true">
        {children}
      </div>
      <details>
        <summary>{title}: the figures</summary>
        <div className="table-wrap">{table}</div>
      </details>
    </figure>
  );
};

export const CoverageCharts = ({ stakeholders, contacts, outcomes, today }: CoverageChartsProps) => {
  const months = trendMonths(contacts, today);
  const perMonth = getContactsPerMonth(contacts, months, today);
  // The stage chart is history: up to this month, each line from its first stakeholder on record.
  const stageMonths = stageTrendMonths(stakeholders, contacts, outcomes, today);
  const stages = getStageByLevel(stakeholders, contacts, outcomes, stageMonths);
  const levelsKnown = coveredLevels.filter((level) => stakeholders.some((person) => person.customerLevel === level));
  const totals = perMonth.reduce(
    (sum, month) => ({ planned: sum.planned + month.planned, held: sum.held + month.held }),
    { planned: 0, held: 0 },
  );
  const lastStages = stages.at(-1);
  const rangeOf = (shown: readonly string[]) =>
    shown.length === 1
      ? `in ${monthLabel(shown[0] ?? '')}`
      : `${monthLabel(shown[0] ?? '')} to ${monthLabel(shown.at(-1) ?? '')}`;
  const range = rangeOf(months);
  const stageRange = rangeOf(stageMonths);

  return (
    <div className="coverage-charts">
      <Figure
        title="Relationship stage by level"
        summary={
          levelsKnown.length === 0
            ? `No stakeholders are known yet, ${stageRange}.`
            : `The best stage reached at each level, month by month, ${stageRange}; each line starts when someone at that level was first on record. By ${monthLabel(stageMonths.at(-1) ?? '')}: ${levelsKnown.map((level) => `${customerLevelLabels[level]} ${stageName(lastStages?.[level]).toLowerCase()}`).join('; ')}.`
        }
        table={
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                {coveredLevels.map((level) => (
                  <th scope="col" key={level}>
                    {customerLevelLabels[level]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {stages.map((point) => (
                <tr key={point.month}>
                  <th scope="row">{monthLabel(point.month)}</th>
                  {coveredLevels.map((level) => (
                    <td key={level}>{stageName(point[level])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height={260}>
          <LineChart
            data={stages.map((point) => ({ ...point, label: monthLabel(point.month) }))}
            margin={{ top: 10, right: 20, bottom: 0, left: 20 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis
              domain={[0, 3]}
              ticks={[0, 1, 2, 3]}
              tickFormatter={(rank: number) => stageName(rank)}
              width={80}
              tick={{ fontSize: 12 }}
            />
            <Tooltip formatter={(value) => stageName(typeof value === 'number' ? value : null)} />
            <Legend formatter={legendText} />
            {levelsKnown.map((level) => {
              const style = levelStyles[coveredLevels.indexOf(level)] ?? levelStyles[0];
              return (
                <Line
                  key={level}
                  type="stepAfter"
                  dataKey={level}
                  name={customerLevelLabels[level]}
                  stroke={style?.stroke}
                  strokeDasharray={style?.dash}
                  strokeWidth={2}
                  isAnimationActive={false}
                />
              );
            })}
          </LineChart>
        </ResponsiveContainer>
      </Figure>

      <Figure
        title="Contacts per month, planned and held"
        summary={`${countLabel(totals.planned, 'contact')} planned and ${formatNumber(totals.held)} held, ${range}.`}
        table={
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Planned</th>
                <th scope="col">Held</th>
              </tr>
            </thead>
            <tbody>
              {perMonth.map((month) => (
                <tr key={month.month}>
                  <th scope="row">{monthLabel(month.month)}</th>
                  <td>{formatNumber(month.planned)}</td>
                  <td>{formatNumber(month.held)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart
            data={perMonth.map((month) => ({ ...month, label: monthLabel(month.month) }))}
            margin={{ top: 10, right: 20, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e5e7eb" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend formatter={legendText} />
            <Bar dataKey="planned" name="Planned" fill="#93c5fd" stroke="#1d4ed8" isAnimationActive={false} />
            <Bar dataKey="held" name="Held" fill="#1d4ed8" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Figure>
    </div>
  );
};
