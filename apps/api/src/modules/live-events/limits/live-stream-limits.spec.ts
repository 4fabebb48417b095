import { LiveStreamLimits } from './live-stream-limits';

describe('live stream limits', () => {
  it('given a principal at its limit, when it asks for another stream, then it is refused with scope principal; others still get theirs', () => {
    const limits = new LiveStreamLimits({ perPrincipal: 2, total: 10 });
    expect(limits.acquire('anna').granted).toBe(true);
    expect(limits.acquire('anna').granted).toBe(true);
    expect(limits.acquire('anna')).toEqual({ granted: false, scope: 'principal', limit: 2 });
    expect(limits.acquire('rita').granted).toBe(true);
    expect([limits.count(), limits.count('anna'), limits.count('rita')]).toEqual([3, 2, 1]);
  });

  it('given the total reached, when anyone asks, then it is refused with scope total', () => {
    const limits = new LiveStreamLimits({ perPrincipal: 5, total: 3 });
    for (const who of ['a', 'b', 'c']) expect(limits.acquire(who).granted).toBe(true);
    expect(limits.acquire('d')).toEqual({ granted: false, scope: 'total', limit: 3 });
  });

  it('given a stream released twice, then its slot is given back once, and a principal with none open is forgotten', () => {
    const limits = new LiveStreamLimits({ perPrincipal: 1, total: 1 });
    const slot = limits.acquire('anna');
    if (!slot.granted) throw new Error('expected a slot');
    slot.release();
    slot.release();
    expect([limits.count(), limits.count('anna'), limits.principals()]).toEqual([0, 0, 0]);
    const again = limits.acquire('anna');
    expect(again.granted).toBe(true);
    expect(limits.acquire('rita')).toEqual({ granted: false, scope: 'total', limit: 1 });
  });

  it('given limits of 0, then every stream is refused', () => {
    expect(new LiveStreamLimits({ perPrincipal: 0, total: 10 }).acquire('x')).toMatchObject({ granted: false, scope: 'principal' });
  });
});
