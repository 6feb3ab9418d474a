/**
 * Days counted from today, as the example plan counts them (it is dated from the day it is
 * loaded). The browser and the tests run on the same machine, in the same time zone.
 */
const dayOf = (offset: number): Date => {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + offset);
  return date;
};

/** `yyyy-MM-dd`, as date inputs take it and exports write it. */
export const inDays = (offset: number): string => {
  const date = dayOf(offset);
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/** "Nov 26, 2026", as the app shows a day. */
export const shownDay = (offset: number): string =>
  dayOf(offset).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });

/** "Nov 2026", as the charts label a month. */
export const shownMonth = (offset: number): string =>
  dayOf(offset).toLocaleDateString('en-US', { month: 'short', year: 'numeric' });
