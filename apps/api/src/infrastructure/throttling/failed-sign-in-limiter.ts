/** DI token of the FailedSignInLimiter the AuthGuard consults. */
export const FAILED_SIGN_INS = Symbol('FailedSignInLimiter');

interface Window {
  failures: number;
  resetsAt: number;
}

/**
 * Counts answers 401 per client address in fixed windows. Once an address has used up its
 * failures, its requests get 429 until the window ends, without their token being checked: a
 * guesser learns nothing more and costs no more verifications. The price is that others behind
 * the same address wait too, so the default (30 a minute) is far above what a real client fails.
 * Memory is bounded: past `maxTracked` addresses, ended windows are dropped, then the oldest.
 */
export class FailedSignInLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: { limit: number; ttlMs: number },
    private readonly now: () => number = Date.now,
    private readonly maxTracked = 100_000,
  ) {}

  /** Seconds until this address may sign in again; 0 when it may now. */
  retryAfterSeconds(address: string): number {
    const w = this.windows.get(address);
    if (!w) return 0;
    const left = w.resetsAt - this.now();
    if (left <= 0) {
      this.windows.delete(address);
      return 0;
    }
    return w.failures >= this.limit.limit ? Math.ceil(left / 1000) : 0;
  }

  recordFailure(address: string): void {
    const now = this.now();
    const w = this.windows.get(address);
    if (w && w.resetsAt > now) {
      w.failures++;
      return;
    }
    if (w) this.windows.delete(address);
    if (this.windows.size >= this.maxTracked) this.evict(now);
    this.windows.set(address, { failures: 1, resetsAt: now + this.limit.ttlMs });
  }

  /** How many addresses are tracked (for tests and metrics). */
  get tracked(): number {
    return this.windows.size;
  }

  private evict(now: number): void {
    for (const [address, w] of this.windows) if (w.resetsAt <= now) this.windows.delete(address);
    // Still full: drop the oldest windows (a Map iterates in insertion order).
    for (const address of this.windows.keys()) {
      if (this.windows.size < this.maxTracked) break;
      this.windows.delete(address);
    }
  }
}
