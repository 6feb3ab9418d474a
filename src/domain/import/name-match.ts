import { normalizeName } from '../organization';

/**
 * One key for the ways a name is written: case, accents, spacing, and "Last, First" all collapse,
 * so "Núñez, José" and "jose nunez" are the same person.
 */
export const personKey = (name: string): string => {
  const normalized = normalizeName(name).replace(/\./g, '');
  const comma = /^([^,]+),\s*(.+)$/.exec(normalized);
  return comma?.[1] && comma[2] ? `${comma[2]} ${comma[1]}` : normalized;
};

/** Edit distance, for "close spelling" suggestions (never merged without the user's say-so). */
export const editDistance = (a: string, b: string): number => {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(above + 1, (previous[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
};

/** Known names spelled almost like this one (one or two letters off, for names of 6 letters or more). */
export const closeMatches = (name: string, known: readonly string[]): string[] => {
  const key = personKey(name);
  if (key.length < 6) return [];
  return known.filter((candidate) => {
    const other = personKey(candidate);
    return other !== key && Math.abs(other.length - key.length) <= 2 && editDistance(other, key) <= 2;
  });
};
