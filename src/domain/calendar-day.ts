import { z } from 'zod';

/**
 * A calendar day is a `yyyy-MM-dd` string, never a UTC instant: "the draft RFP is out on
 * 2026-03-02" must read the same in Washington and in Honolulu. Arithmetic is done on the
 * day number in UTC, where days are all 24 hours long.
 */
export const calendarDaySchema = z.iso.date({ error: 'must be a date written yyyy-MM-dd' });
export type CalendarDay = z.infer<typeof calendarDaySchema>;

/** A wall-clock time of day, `HH:mm`, in the meeting's own local time. */
export const timeOfDaySchema = z.iso.time({ precision: -1, error: 'must be a time written HH:mm' });
export type TimeOfDay = z.infer<typeof timeOfDaySchema>;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01: what comparing many days at once needs, parsed once per day. */
export const toDayNumber = (day: CalendarDay): number => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
};

const fromDayNumber = (dayNumber: number): CalendarDay => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

/** Today in the user's own time zone (not UTC, which is already tomorrow in the evening in the US). */
export const todayCalendarDay = (now: Date = new Date()): CalendarDay => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** Whole days from `from` to `to`: positive when `to` is later. */
export const daysBetween = (from: CalendarDay, to: CalendarDay): number => toDayNumber(to) - toDayNumber(from);

export const addDays = (day: CalendarDay, days: number): CalendarDay => fromDayNumber(toDayNumber(day) + days);

export const isCalendarDay = (value: unknown): value is CalendarDay => calendarDaySchema.safeParse(value).success;
