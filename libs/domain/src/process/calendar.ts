const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar day (YYYY-MM-DD) that exists: Date.parse alone would accept 2026-02-30. */
export const isCalendarDay = (value: unknown): value is string => {
  const m = typeof value === 'string' ? DAY.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/** An ISO-8601 instant with an explicit offset, so its meaning does not depend on the server's zone. */
export const isInstant = (value: unknown): value is string =>
  typeof value === 'string' && INSTANT.test(value) && isCalendarDay(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));

export const isDateOrInstant = (value: unknown): value is string => isCalendarDay(value) || isInstant(value);

const DAY_MS = 86_400_000;

/** The UTC calendar day `days` whole days after the instant `at` (roll-out defaults: docs/harmonization.md). */
export const dayAfter = (at: string, days: number): string => new Date(Date.parse(at) + days * DAY_MS).toISOString().slice(0, 10);
