/** Nearest-rank percentile of a list of numbers (null for an empty list). */
export const percentile = (values: readonly number[], p: number): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
};

export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export const hoursBetween = (from: string, to: string): number => Math.round(((Date.parse(to) - Date.parse(from)) / HOUR_MS) * 100) / 100;
export const daysBetween = (from: string, to: string): number => Math.round(((Date.parse(to) - Date.parse(from)) / DAY_MS) * 100) / 100;
