import { DEFAULT_WEBHOOK_SETTINGS, webhookSettingsFromEnv } from '../webhook-settings';
import { retryDelayMs, shouldPause } from './retry-policy';

const s = DEFAULT_WEBHOOK_SETTINGS;

describe('retry policy (the figures of docs/webhooks.md)', () => {
  it('waits 1 s after the first failure, doubling to at most 5 minutes, each wait drawn from half to all of it', () => {
    const ceilings = Array.from({ length: 12 }, (_, i) => retryDelayMs(i + 1, s, () => 1) / 1000);
    expect(ceilings).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
    expect(retryDelayMs(1, s, () => 0)).toBe(500);
    expect(retryDelayMs(30, s, () => 0)).toBe(150_000);
    expect(retryDelayMs(5000, s, () => 0.5)).toBe(225_000); // no overflow however long the run
  });

  it('pauses after 20 failures in a row or an hour of them, whichever comes first', () => {
    const since = '2026-03-01T08:00:00.000Z';
    const at = (minutes: number) => Date.parse(since) + minutes * 60_000;
    expect(shouldPause(19, since, at(30), s)).toBe(false);
    expect(shouldPause(20, since, at(30), s)).toBe(true);
    expect(shouldPause(5, since, at(59), s)).toBe(false);
    expect(shouldPause(5, since, at(60), s)).toBe(true);
    // The nominal waits before the 20th attempt: 511 s of doubling, then 10 × 300 s.
    const waits = Array.from({ length: 19 }, (_, i) => retryDelayMs(i + 1, s, () => 1)).reduce((a, b) => a + b, 0);
    expect(waits / 1000).toBe(3511);
  });

  it('reads its settings from the environment and refuses nonsense', () => {
    expect(webhookSettingsFromEnv({})).toEqual(DEFAULT_WEBHOOK_SETTINGS);
    expect(webhookSettingsFromEnv({ SAMSYN_WEBHOOK_ALLOW_PRIVATE: '1', SAMSYN_WEBHOOKS: '0', SAMSYN_WEBHOOK_PAUSE_AFTER_FAILURES: '3' })).toMatchObject({
      allowPrivateAddresses: true,
      deliver: false,
      pauseAfterFailures: 3,
    });
    expect(() => webhookSettingsFromEnv({ SAMSYN_WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow('SAMSYN_WEBHOOK_ALLOW_PRIVATE must be 1 or 0');
    expect(() => webhookSettingsFromEnv({ SAMSYN_WEBHOOK_TIMEOUT_MS: '0' })).toThrow('at least 1');
    expect(() => webhookSettingsFromEnv({ SAMSYN_WEBHOOK_RETRY_INITIAL_MS: '5000', SAMSYN_WEBHOOK_RETRY_MAX_MS: '1000' })).toThrow('RETRY_MAX_MS');
  });
});
