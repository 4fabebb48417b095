/** When reminders go out and how often the sweeps look (docs/governance-notifications.md "Reminders"). */
export interface ReminderSettings {
  /** SAMSYN_REMINDER_LEAD: a missing reviewer is reminded this long before the review deadline. */
  reviewLeadMs: number;
  /** SAMSYN_BODY_REMINDER_AFTER: a body holding a proposal this long is reminded. */
  bodyHoldMs: number;
  /** SAMSYN_REMINDER_SWEEP_MS: how often the reminder and review-cycle sweeps run; 0 turns them off. */
  sweepIntervalMs: number;
}

const DAY = 86_400_000;
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { reviewLeadMs: 2 * DAY, bodyHoldMs: 7 * DAY, sweepIntervalMs: 60_000 };

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: DAY };

/** `2d`, `36h`, `90m`: a whole number and a unit (minutes, hours, days). */
export const durationFrom = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value.trim() === '') return fallback;
  const m = /^(\d+)\s*([mhd])$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new Error(`${name} must be a positive duration such as 2d, 36h or 90m, got "${value}"`);
  return Number(m[1]) * UNITS[m[2]];
};

export const reminderSettingsFromEnv = (env: NodeJS.ProcessEnv): ReminderSettings => {
  const sweep = env.SAMSYN_REMINDER_SWEEP_MS;
  const sweepIntervalMs = sweep === undefined || sweep === '' ? DEFAULT_REMINDER_SETTINGS.sweepIntervalMs : Number(sweep);
  if (!Number.isInteger(sweepIntervalMs) || sweepIntervalMs < 0) throw new Error(`SAMSYN_REMINDER_SWEEP_MS must be a non-negative integer, got "${sweep}"`);
  return {
    reviewLeadMs: durationFrom(env.SAMSYN_REMINDER_LEAD, DEFAULT_REMINDER_SETTINGS.reviewLeadMs, 'SAMSYN_REMINDER_LEAD'),
    bodyHoldMs: durationFrom(env.SAMSYN_BODY_REMINDER_AFTER, DEFAULT_REMINDER_SETTINGS.bodyHoldMs, 'SAMSYN_BODY_REMINDER_AFTER'),
    sweepIntervalMs,
  };
};
