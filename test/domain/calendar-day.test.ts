import { describe, expect, test } from 'vitest';
import {
  addDays,
  calendarDaySchema,
  daysBetween,
  timeOfDaySchema,
  todayCalendarDay,
} from '../../src/domain/calendar-day';
import { formatCalendarDay } from '../../src/lib/dates';

// npm test also runs this file under TZ=America/Los_Angeles and TZ=Pacific/Kiritimati (UTC−8 and UTC+14).
describe('calendar days', () => {
  test('accept only real yyyy-MM-dd days', () => {
    expect(calendarDaySchema.safeParse('2014-07-23').success).toBe(true);
    for (const bad of ['7/23/14', '2014-7-23', '2014-02-30', '2014-07-23T00:00:00Z', ''])
      expect(calendarDaySchema.safeParse(bad).success, bad).toBe(false);
  });

  test('times of day are HH:mm', () => {
    expect(timeOfDaySchema.safeParse('15:30').success).toBe(true);
    for (const bad of ['3:30', '15:30:00', '24:00', '3:30 PM'])
      expect(timeOfDaySchema.safeParse(bad).success, bad).toBe(false);
  });

  test('count whole days across month, year, leap-day and daylight-saving boundaries', () => {
    expect(daysBetween('2014-07-23', '2014-07-24')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-03-13', '2027-03-15')).toBe(2);
    expect(daysBetween('2027-03-15', '2027-03-01')).toBe(-14);
    expect(addDays('2027-02-20', 14)).toBe('2027-03-06');
  });

  test('today is the local calendar day, not the UTC one', () => {
    const lateEvening = new Date(2026, 10, 23, 23, 30);
    expect(todayCalendarDay(lateEvening)).toBe('2026-11-23');
  });

  test('a stored day is displayed as the same day in every time zone', () => {
    expect(formatCalendarDay('2014-07-23')).toBe('Jul 23, 2014');
    expect(formatCalendarDay('2027-01-01')).toBe('Jan 1, 2027');
  });
});
