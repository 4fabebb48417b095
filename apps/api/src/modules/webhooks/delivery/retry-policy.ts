import type { WebhookSettings } from '../webhook-settings';

type RetrySettings = Pick<WebhookSettings, 'retryInitialMs' | 'retryMaxMs' | 'pauseAfterFailures' | 'pauseAfterMs'>;

/**
 * The wait before the next attempt after `failures` failed ones in a row: initial × 2^(failures−1),
 * at most the cap, drawn from [½, 1] of that ("equal jitter", so receivers that failed together
 * are not all retried in the same second). `random` is injected: tests pin it.
 */
export const retryDelayMs = (failures: number, s: RetrySettings, random: () => number): number => {
  const ceiling = Math.min(s.retryMaxMs, s.retryInitialMs * 2 ** Math.max(0, Math.min(failures - 1, 40)));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
};

/** Paused after so many failures in a row, or when they have lasted so long, whichever comes first. */
export const shouldPause = (failures: number, failingSince: string | null, nowMs: number, s: RetrySettings): boolean =>
  failures >= s.pauseAfterFailures || (failingSince !== null && nowMs - Date.parse(failingSince) >= s.pauseAfterMs);
