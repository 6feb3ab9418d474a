import type { CoverageFlag } from '../../../domain/rules/coverage-flags';
import type { TeamMember } from '../../../domain/team-member';
import { describeFlag } from '../utils/describe-coverage';

type CoverageFlagListProps = {
  flags: readonly CoverageFlag[];
  teamMembers: readonly TeamMember[];
  /** The list's accessible name, e.g. "Coverage flags". */
  label: string;
};

/** The flags, each with its reason in words. */
export const CoverageFlagList = ({ flags, teamMembers, label }: CoverageFlagListProps) =>
  flags.length === 0 ? (
    <p className="coverage-ok">
      <span className="badge badge-ok">No flags</span> Every level has been met, nobody depends on one of our people
      alone, and no relationship has gone quiet.
    </p>
  ) : (
    <ul className="flag-list coverage-flags" aria-label={label}>
      {flags.map((flag, index) => {
        const { title, reason } = describeFlag(flag, teamMembers);
        return (
          <li key={`${flag.kind}-${String(index)}`}>
            <strong>{title}.</strong> {reason}
          </li>
        );
      })}
    </ul>
  );
