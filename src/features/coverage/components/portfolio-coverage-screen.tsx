import { useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { EmptyState } from '../../../ui/empty-state';
import {
  combinedRows,
  MAX_OPPORTUNITIES_SHOWN,
  mostFlaggedFirst,
  stakeholdersInView,
  usePortfolioCoverage,
} from '../api/use-coverage';
import { CoverageFlagList } from './coverage-flag-list';
import { CoverageHeatMap } from './coverage-heat-map';
import { CoverageTable } from './coverage-table';
import { LazyCoverageCharts } from './lazy-coverage-charts';
import { LevelDetailsDialog, type LevelDetails } from './level-details-dialog';
import { countLabel, formatCount } from '../../../domain/count-label';

/** The executive view across every open pursuit: levels overall, the heat map, each pursuit's flags, and the charts. */
export const PortfolioCoverageScreen = () => {
  const data = usePortfolioCoverage();
  const [details, setDetails] = useState<LevelDetails | null>(null);
  if (data === undefined) return <p aria-busy="true">Loading coverage…</p>;
  if (data.opportunities.length === 0)
    return (
      <EmptyState
        title="No open opportunities"
        actions={
          <Link className="button button-primary" to={hrefs.opportunities()}>
            Go to Opportunities
          </Link>
        }
      >
        <p>
          Coverage shows, for every open pursuit, which customer levels our people have met, how recently and how well.
          Create an opportunity, or load the example plan, to see it.
        </p>
      </EmptyState>
    );

  const rows = combinedRows(data);
  const stakeholders = stakeholdersInView(data);
  const opportunities = data.opportunities.map((entry) => entry.opportunity);
  const shown = mostFlaggedFirst(data.opportunities);
  const flagged = shown.filter((entry) => entry.flags.length > 0);
  const shownNote =
    data.opportunities.length > MAX_OPPORTUNITIES_SHOWN ? (
      <p className="notice">
        Showing the {formatCount(MAX_OPPORTUNITIES_SHOWN)} of {formatCount(data.opportunities.length)} open
        opportunities with the most flags. Each opportunity’s Coverage tab shows its own.
      </p>
    ) : null;

  return (
    <>
      <div className="toolbar">
        <Link className="button" to={hrefs.executiveBrief()}>
          Executive brief
        </Link>
      </div>
      <section aria-labelledby="portfolio-levels">
        <h2 id="portfolio-levels">All open opportunities, by customer level</h2>
        <p className="muted">
          {countLabel(data.opportunities.length, 'open opportunity', 'open opportunities')}, their people and contacts
          taken together. Choose a level to see who and what is behind it.
        </p>
        <CoverageTable
          rows={rows}
          caption="Coverage by customer level across all open opportunities"
          onShowDetails={(row) => setDetails({ row, opportunity: null })}
        />
      </section>
      <section aria-labelledby="portfolio-heat-map">
        <h2 id="portfolio-heat-map">By opportunity</h2>
        {shownNote}
        <CoverageHeatMap opportunities={shown} onShowDetails={setDetails} />
      </section>
      <section aria-labelledby="portfolio-flags">
        <h2 id="portfolio-flags">Flags</h2>
        {flagged.length === 0 ? <p>No opportunity has a coverage flag.</p> : null}
        {flagged.map((entry) => (
          <section key={entry.opportunity.id} aria-label={`Flags for ${entry.opportunity.name}`}>
            <h3>
              <Link to={hrefs.coverageOfOpportunity(entry.opportunity.id)}>{entry.opportunity.name}</Link>
            </h3>
            <CoverageFlagList
              flags={entry.flags}
              teamMembers={data.teamMembers}
              label={`Coverage flags, ${entry.opportunity.name}`}
            />
          </section>
        ))}
      </section>
      <section aria-labelledby="portfolio-charts">
        <h2 id="portfolio-charts">Over time</h2>
        <LazyCoverageCharts
          stakeholders={stakeholders}
          contacts={data.opportunities.flatMap((entry) => entry.contacts)}
          outcomes={data.opportunities.flatMap((entry) => entry.outcomes)}
          today={data.today}
        />
      </section>
      <LevelDetailsDialog
        details={details}
        teamMembers={data.teamMembers}
        stakeholders={stakeholders}
        opportunities={opportunities}
        onClose={() => setDetails(null)}
      />
    </>
  );
};
