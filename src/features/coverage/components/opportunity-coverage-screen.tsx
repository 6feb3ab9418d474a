import { useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { useOpportunityCoverage } from '../api/use-coverage';
import { CoverageFlagList } from './coverage-flag-list';
import { CoverageTable } from './coverage-table';
import { LazyCoverageCharts } from './lazy-coverage-charts';
import { LevelDetailsDialog, type LevelDetails } from './level-details-dialog';
import type { OpportunityId } from '../../../domain/ids';

/** One pursuit's coverage: the level table, its flags and the charts; live as contacts and outcomes change. */
export const OpportunityCoverageScreen = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const data = useOpportunityCoverage(opportunityId);
  const [details, setDetails] = useState<LevelDetails | null>(null);
  if (data === undefined) return <p aria-busy="true">Loading coverage…</p>;
  const entry = data?.opportunities[0];
  if (!data || !entry) return <p>This opportunity no longer exists.</p>;

  return (
    <>
      <div className="toolbar">
        <Link className="button" to={hrefs.executiveBrief(opportunityId)}>
          Executive brief
        </Link>
      </div>
      <section aria-labelledby="coverage-levels">
        <h2 id="coverage-levels">Coverage by customer level</h2>
        <p className="muted">
          Met means a held contact. Choose a level, or any cell of its row, to see the people and contacts behind it.
        </p>
        <CoverageTable
          rows={entry.rows}
          caption={`Coverage by customer level, ${entry.opportunity.name}`}
          onShowDetails={(row) => setDetails({ row, opportunity: entry.opportunity })}
        />
      </section>
      <section aria-labelledby="coverage-flags">
        <h2 id="coverage-flags">Flags</h2>
        <CoverageFlagList flags={entry.flags} teamMembers={data.teamMembers} label="Coverage flags" />
      </section>
      <section aria-labelledby="coverage-charts">
        <h2 id="coverage-charts">Over time</h2>
        <LazyCoverageCharts
          stakeholders={entry.stakeholders}
          contacts={entry.contacts}
          outcomes={entry.outcomes}
          today={data.today}
        />
      </section>
      <LevelDetailsDialog
        details={details}
        teamMembers={data.teamMembers}
        stakeholders={entry.stakeholders}
        opportunities={[entry.opportunity]}
        onClose={() => setDetails(null)}
      />
    </>
  );
};
