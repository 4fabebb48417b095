import { DEFAULT_REMINDER_SETTINGS, reminderSettingsFromEnv } from './reminder-settings';

describe('reminder settings from the environment', () => {
  it('defaults: 2 days before the deadline, after 7 days held, a sweep a minute', () =>
    expect(reminderSettingsFromEnv({})).toEqual({ reviewLeadMs: 172_800_000, bodyHoldMs: 604_800_000, sweepIntervalMs: 60_000 }));
  it('reads days, hours and minutes', () =>
    expect(reminderSettingsFromEnv({ SAMSYN_REMINDER_LEAD: '36h', SAMSYN_BODY_REMINDER_AFTER: '10d', SAMSYN_REMINDER_SWEEP_MS: '0' })).toEqual({
      reviewLeadMs: 36 * 3_600_000,
      bodyHoldMs: 10 * 86_400_000,
      sweepIntervalMs: 0,
    }));
  it('an empty value is the default', () => expect(reminderSettingsFromEnv({ SAMSYN_REMINDER_LEAD: '' })).toEqual(DEFAULT_REMINDER_SETTINGS));
  it.each(['2', '2 weeks', '0d', '-1d', '1.5d'])('refuses %p at start', (v) => expect(() => reminderSettingsFromEnv({ SAMSYN_REMINDER_LEAD: v })).toThrow('SAMSYN_REMINDER_LEAD'));
  it('refuses a sweep interval that is not a whole number', () => expect(() => reminderSettingsFromEnv({ SAMSYN_REMINDER_SWEEP_MS: 'often' })).toThrow('SAMSYN_REMINDER_SWEEP_MS'));
});
