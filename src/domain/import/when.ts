import { isCalendarDay } from '../calendar-day';
import { cellText, type SheetCell } from './cells';

export type ParsedWhen = {
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  /** An hour from 1 to 6 with no am/pm was read as afternoon: the preview asks to confirm. */
  assumedAfternoon: boolean;
  /** Why the date or time could not be read, in words; null when it was. */
  problem: string | null;
};

const pad = (value: number) => String(value).padStart(2, '0');

/** Excel's day numbers count from 1899-12-30 (the 1900 leap-year bug included); UTC keeps them whole days. */
export const excelSerialToDay = (serial: number): string =>
  new Date(Math.round((serial - 25_569) * 86_400_000)).toISOString().slice(0, 10);

const readDate = (text: string, dayFirst: boolean): { day: string | null; rest: string; problem: string | null } => {
  const match = /(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})/.exec(text);
  if (!match)
    return { day: null, rest: text, problem: text.trim() === '' ? null : `“${text.trim()}” has no date in it` };
  const [whole, a = '', b = '', c = ''] = match;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)];
  else {
    [month, day] = dayFirst ? [Number(b), Number(a)] : [Number(a), Number(b)];
    year = Number(c);
    if (c.length <= 2) year += year < 70 ? 2000 : 1900;
  }
  const iso = `${String(year)}-${pad(month)}-${pad(day)}`;
  const rest = text.slice(0, match.index) + text.slice(match.index + whole.length);
  return isCalendarDay(iso)
    ? { day: iso, rest, problem: null }
    : {
        day: null,
        rest,
        problem: `“${whole}” is not a real date${dayFirst ? ' (read day first)' : ' (read month first)'}`,
      };
};

type ClockTime = { hour: number; minute: number; meridiem: 'am' | 'pm' | null };

const readTimes = (text: string): ClockTime[] => {
  const times: ClockTime[] = [];
  for (const match of text.matchAll(/(\d{1,2})(?::|h)?(\d{2})?\s*(a\.?m\.?|p\.?m\.?)?/gi)) {
    const hour = Number(match[1]);
    if (
      hour > 23 ||
      Number(match[2] ?? 0) > 59 ||
      (match[2] === undefined && match[3] === undefined && !/[–—-]|to/.test(text))
    )
      continue;
    times.push({
      hour,
      minute: Number(match[2] ?? 0),
      meridiem: match[3] ? (match[3].toLowerCase().startsWith('p') ? 'pm' : 'am') : null,
    });
  }
  return times.slice(0, 2);
};

/** The wall-clock time of a day fraction, as Excel stores times (0.479… is 11:30), to the minute. */
export const dayFractionToTime = (fraction: number): string => {
  const minutes = Math.round((fraction - Math.floor(fraction)) * 24 * 60) % (24 * 60);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
};

const exactTimeOf = (cell: SheetCell | undefined): string | null => {
  if (cell !== null && typeof cell === 'object' && cell.day === undefined) return cell.time;
  if (typeof cell === 'number' && cell >= 0 && cell < 1) return dayFractionToTime(cell);
  return null;
};

/**
 * Reads "7/23/14 3:30–4:30", a date cell plus a "10:00-11:00" time cell, "2026-09-10", "04/03/2026"
 * (day first when asked). Times without am/pm from 1 to 6 o'clock are afternoon: nobody meets the
 * customer at 3:30 in the morning.
 */
export const parseWhen = (
  dateCell: SheetCell | undefined,
  timeCell: SheetCell | undefined,
  dayFirst: boolean,
): ParsedWhen => {
  let date: string | null = null;
  let rest = '';
  let problem: string | null = null;
  // A real time cell (or a bare fraction of a day in a Time column) is exact: no afternoon guess.
  const exactTime =
    exactTimeOf(timeCell) ?? (dateCell !== null && typeof dateCell === 'object' ? (dateCell.time ?? null) : null);
  if (dateCell !== null && typeof dateCell === 'object') date = dateCell.day ?? null;
  else if (typeof dateCell === 'number') {
    if (dateCell > 1 && dateCell < 100_000) date = excelSerialToDay(dateCell);
    else problem = `${String(dateCell)} is not a date`;
  } else {
    const read = readDate(cellText(dateCell), dayFirst);
    date = read.day;
    rest = read.rest;
    problem = read.problem;
  }
  if (exactTime) return { date, startTime: exactTime, endTime: null, assumedAfternoon: false, problem };
  const times = readTimes(`${rest} ${cellText(timeCell)}`.trim());
  let assumedAfternoon = false;
  const toClock = (time: ClockTime | undefined, partner: ClockTime | undefined): string | null => {
    if (!time) return null;
    let hour = time.hour;
    const meridiem = time.meridiem ?? partner?.meridiem ?? null;
    if (meridiem === 'pm' && hour < 12) hour += 12;
    else if (meridiem === 'am' && hour === 12) hour = 0;
    else if (meridiem === null && hour >= 1 && hour <= 6) {
      hour += 12;
      assumedAfternoon = true;
    }
    return `${pad(hour)}:${pad(time.minute)}`;
  };
  const [first, second] = times;
  const startTime = toClock(first, second);
  const endTime = toClock(second, first);
  if (startTime && endTime && endTime <= startTime)
    problem ??= `the meeting ends (${endTime}) before it starts (${startTime})`;
  return { date, startTime, endTime, assumedAfternoon, problem };
};
