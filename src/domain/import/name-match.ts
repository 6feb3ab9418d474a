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

const bigramsOf = (key: string): Set<string> => {
  const grams = new Set<string>();
  for (let index = 0; index < key.length - 1; index += 1) grams.add(key.slice(index, index + 2));
  return grams;
};

/**
 * `closeMatches` for many names against many known ones. Two edits change at most four of a
 * name's letter pairs, so only known names sharing enough pairs are compared letter by letter:
 * a file of 10,000 new names against 10,000 known people stays fast.
 */
export const createCloseMatcher = (known: readonly string[]): ((name: string) => string[]) => {
  const keys = known.map(personKey);
  const byBigram = new Map<string, number[]>();
  keys.forEach((key, index) => {
    for (const gram of bigramsOf(key)) {
      const list = byBigram.get(gram);
      if (list) list.push(index);
      else byBigram.set(gram, [index]);
    }
  });
  return (name) => {
    const key = personKey(name);
    if (key.length < 6) return [];
    const grams = bigramsOf(key);
    const needed = grams.size - 4;
    const shared = new Map<number, number>();
    for (const gram of grams)
      for (const index of byBigram.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    const matches: string[] = [];
    for (const [index, count] of shared) {
      const other = keys[index] ?? '';
      const candidate = known[index] ?? '';
      if (count >= needed && other !== key && Math.abs(other.length - key.length) <= 2 && editDistance(other, key) <= 2)
        matches.push(candidate);
    }
    return matches;
  };
};
