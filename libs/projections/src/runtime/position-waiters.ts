/** A wait for a position to be applied (read-your-writes), answered true once it is, false on time-out. */
interface Waiter {
  position: bigint;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

const gte = (a: bigint | null, b: bigint): boolean => a !== null && a >= b;

/** The waits of ProjectionRunner.waitForPosition: released as the applied position moves on. */
export class PositionWaiters {
  private waiters: Waiter[] = [];

  /** Resolves true at once when `applied` has reached `position`, else when `release` sees it, false after `timeoutMs`. */
  wait(position: bigint, applied: bigint | null, timeoutMs: number): Promise<boolean> {
    if (gte(applied, position)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve(false);
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Answers every wait for a position at or before `applied`. */
  release(applied: bigint | null): void {
    if (this.waiters.length === 0) return;
    this.waiters = this.waiters.filter((w) => {
      if (!gte(applied, w.position)) return true;
      clearTimeout(w.timer);
      w.resolve(true);
      return false;
    });
  }

  /** Answers every wait false (the runner stopped). */
  cancelAll(): void {
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.resolve(false);
    }
    this.waiters = [];
  }
}
