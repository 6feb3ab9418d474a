import type { QuietPeriodCountdown } from '../../../domain/rules/quiet-period';
import { countLabel } from '../../../domain/count-label';
import { formatCalendarDay } from '../../../lib/dates';

/** The countdown to the cone of silence, in words (never colour alone). */
export const QuietPeriodNotice = ({ countdown }: { countdown: QuietPeriodCountdown }) => {
  switch (countdown.kind) {
    case 'no-date':
      return (
        <p className="notice">
          <strong>Quiet period: no date yet.</strong> Set the draft or final RFP date so the plan knows when only the
          contracting officer may be contacted.
        </p>
      );
    case 'upcoming':
      return (
        <p className={countdown.daysLeft <= 30 ? 'notice notice-warning' : 'notice'}>
          <strong>{countLabel(countdown.daysLeft, 'day')} until the quiet period starts</strong> on{' '}
          {formatCalendarDay(countdown.start)}. Until then the requirements can still be shaped.
        </p>
      );
    case 'starts-today':
      return (
        <p className="notice notice-warning">
          <strong>The quiet period starts today</strong> ({formatCalendarDay(countdown.start)}): only the contracting
          officer may be contacted from now on.
        </p>
      );
    case 'started':
      return (
        <p className="notice notice-warning">
          <strong>The quiet period started {countLabel(countdown.daysAgo, 'day')} ago</strong>, on{' '}
          {formatCalendarDay(countdown.start)}: only the contracting officer may be contacted.
        </p>
      );
  }
};
