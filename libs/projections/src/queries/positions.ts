/**
 * As-of reads cut from the live state, for the read models whose entries are only appended, in
 * position order, and never change once written (process history, stakeholder history), and for
 * records that say when they last changed (proposals): no snapshot and no replay, a binary search.
 * Positions are decimal strings in the states.
 */

/** a ≤ b for non-negative decimal strings without leading zeros. */
export const positionLte = (a: string, b: string): boolean => a.length < b.length || (a.length === b.length && a <= b);

/** How many leading entries of a list sorted by position lie at or before `at`. */
export const countUpTo = <T>(list: readonly T[], at: string, positionOf: (t: T) => string): number => {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (positionLte(positionOf(list[mid]), at)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The leading entries at or before `at` (the list itself when all are). */
export const upTo = <T>(list: readonly T[], at: string, positionOf: (t: T) => string): T[] => {
  const n = countUpTo(list, at, positionOf);
  return n === list.length ? (list as T[]) : list.slice(0, n);
};
