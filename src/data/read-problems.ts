/**
 * Records that failed validation when read (written by a bug, an old version, or by hand). They
 * are left out of what the screens show, and collected here so the app can say so instead of
 * crashing or silently hiding data.
 */
export type ReadProblem = {
  table: string;
  id: string;
  problems: string[];
};

let problemsByKey = new Map<string, ReadProblem>();
let snapshot: readonly ReadProblem[] = [];
const listeners = new Set<() => void>();

export const reportReadProblem = (problem: ReadProblem): void => {
  const key = `${problem.table}:${problem.id}`;
  if (problemsByKey.has(key)) return;
  problemsByKey = new Map(problemsByKey).set(key, problem);
  snapshot = [...problemsByKey.values()];
  for (const listener of listeners) listener();
};

export const getReadProblems = (): readonly ReadProblem[] => snapshot;

export const subscribeToReadProblems = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const clearReadProblems = (): void => {
  problemsByKey = new Map();
  snapshot = [];
  for (const listener of listeners) listener();
};
