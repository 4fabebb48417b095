import { FailedSignInLimiter } from './failed-sign-in-limiter';

describe('FailedSignInLimiter', () => {
  const clock = () => {
    let now = 1_000_000;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('lets an address fail up to the limit, then makes it wait until its window ends', () => {
    const c = clock();
    const limiter = new FailedSignInLimiter({ limit: 3, ttlMs: 60_000 }, c.now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(0);
      limiter.recordFailure('10.0.0.1');
    }
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(60);
    expect(limiter.retryAfterSeconds('10.0.0.2')).toBe(0);
    c.advance(59_001);
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(1);
    c.advance(999);
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(0);
    // A new window starts with the next failure.
    limiter.recordFailure('10.0.0.1');
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(0);
  });

  it('keeps at most maxTracked addresses: ended windows go first, then the oldest', () => {
    const c = clock();
    const limiter = new FailedSignInLimiter({ limit: 1, ttlMs: 1000 }, c.now, 3);
    limiter.recordFailure('a');
    c.advance(2000);
    limiter.recordFailure('b');
    limiter.recordFailure('c');
    limiter.recordFailure('d'); // 'a' ended: dropped
    expect(limiter.tracked).toBe(3);
    expect(limiter.retryAfterSeconds('b')).toBe(1);
    limiter.recordFailure('e'); // none ended: the oldest ('b') goes
    expect(limiter.tracked).toBe(3);
    expect(limiter.retryAfterSeconds('b')).toBe(0);
    expect(limiter.retryAfterSeconds('e')).toBe(1);
  });
});
