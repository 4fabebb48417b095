/** The instant of an event as ISO text that sorts lexicographically (for snapshot look-ups and
 * as-of reads); text that is not an instant is kept as it is. */
export const normalizeInstant = (s: string): string => {
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? s : new Date(ms).toISOString();
};
