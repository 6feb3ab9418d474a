import { format, parseISO } from 'date-fns';
import { formatCount } from '../domain/count-label';

/**
 * Formatting is memoized: a contact plan of 10,000 rows repeats a few hundred days and times, and
 * date-fns' format is the slowest step of building the rows.
 */
const memoize = (formatOne: (value: string) => string) => {
  const cache = new Map<string, string>();
  return (value: string): string => {
    let formatted = cache.get(value);
    if (formatted === undefined) {
      formatted = formatOne(value);
      if (cache.size > 5_000) cache.clear();
      cache.set(value, formatted);
    }
    return formatted;
  };
};

/**
 * "2014-07-23" → "Jul 23, 2014". parseISO reads a date-only string as local midnight, so the day
 * shown is the day stored in every time zone.
 */
export const formatCalendarDay = memoize((day) => format(parseISO(day), 'MMM d, yyyy'));

/** "15:30" → "3:30 PM". */
export const formatTimeOfDay = memoize((time) => format(parseISO(`2000-01-01T${time}`), 'h:mm a'));

/** "Jul 23, 2014, 3:30 PM–4:30 PM", "Jul 23, 2014", or "Not scheduled". */
export const formatWhen = (date: string | null, startTime: string | null, endTime: string | null): string => {
  if (!date) return 'Not scheduled';
  const times = [startTime, endTime].filter((time): time is string => time !== null).map(formatTimeOfDay);
  return times.length > 0 ? `${formatCalendarDay(date)}, ${times.join('–')}` : formatCalendarDay(date);
};

/** 2000 → "2,000" (the same formatting as every count in the product's words). */
export const formatNumber = formatCount;
