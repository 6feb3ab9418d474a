import { z } from 'zod';

/**
 * The most entries a record's lists hold: far above any real plan (a meeting has a handful of
 * people and tens of asks), low enough that a crafted backup, archive or replicated record cannot
 * freeze a screen that lists them all. The import caps what it reads from a cell to the same.
 */
export const listLimits = {
  peoplePerContact: 100,
  itemsPerContact: 200,
  /** Results, observations and proposed action items of one debrief or outcome. */
  entriesPerDebrief: 1_000,
  debriefsPerOutcome: 100,
  peoplePerMessage: 1_000,
  levelsPerMessage: 20,
  opportunitiesPerPerson: 10_000,
} as const;

/** A list of at most `max` entries; past that, the reason says how many it may hold. */
export const limitedList = <Entry extends z.ZodType>(entry: Entry, max: number, what: string) =>
  z.array(entry).max(max, { error: `holds more than ${max.toLocaleString('en-US')} ${what}` });
