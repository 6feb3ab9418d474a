import { format, parseISO } from 'date-fns';

/**
 * "2014-07-23" → "Jul 23, 2014". parseISO reads a date-only string as local midnight, so the day
 * shown is the day stored in every time zone.
 */
export const formatCalendarDay = (day: string): string => format(parseISO(day), 'MMM d, yyyy');

/** "15:30" → "3:30 PM". */
export const formatTimeOfDay = (time: string): string => format(parseISO(`2000-01-01T${time}`), 'h:mm a');

export const formatNumber = (value: number): string => new Intl.NumberFormat('en-US').format(value);
