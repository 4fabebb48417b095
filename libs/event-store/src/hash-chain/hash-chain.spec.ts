import type { StoredEvent } from '../port/event-store.port';
import { canonicalJson } from './canonical-json';
import { GENESIS_HASH, hashEvent } from './hash-event';
import { verifyChain } from './verify-chain';

const chain = (n: number): StoredEvent[] => {
  const out: StoredEvent[] = [];
  let previousHash = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const content = {
      id: `id-${i}`,
      streamId: i % 2 ? 'proc-1' : 'term-1',
      revision: BigInt(Math.floor((i - 1) / 2)),
      position: BigInt(i),
      type: 'Happened',
      schemaVersion: 1,
      data: { i, nested: { b: 2, a: [1, { y: 1, x: 2 }] } },
      metadata: { actor: 'u', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'c', causationId: null },
    };
    const hash = hashEvent(content, previousHash);
    out.push({ ...content, hash, previousHash });
    previousHash = hash;
  }
  return out;
};

async function* lazily(events: StoredEvent[]) {
  for (const e of events) yield e;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('writes bigints as decimal strings, beyond 2^53 exactly', () => {
    expect(canonicalJson({ p: 9007199254740993n, r: 0n })).toBe('{"p":"9007199254740993","r":"0"}');
  });

  it('follows JSON for undefined, null, strings and dates', () => {
    expect(canonicalJson({ u: undefined, n: null, s: 'ä"\n', arr: [undefined, 1] })).toBe('{"arr":[null,1],"n":null,"s":"ä\\"\\n"}');
    expect(canonicalJson({ at: new Date('2024-01-02T03:04:05.000Z') })).toBe('{"at":"2024-01-02T03:04:05.000Z"}');
  });

  it('is independent of key insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 1, d: 2 } })).toBe(canonicalJson({ b: { d: 2, c: 1 }, a: 1 }));
  });
});

describe('hashEvent', () => {
  const [e] = chain(1);

  it('is sha-256 hex, deterministic, over the previous hash and the content', () => {
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEvent(e, GENESIS_HASH)).toBe(e.hash);
    expect(hashEvent(e, 'f'.repeat(64))).not.toBe(e.hash);
  });

  it('covers every field of the content but not the stored hashes', () => {
    for (const change of [
      { id: 'other' },
      { streamId: 'other' },
      { revision: 5n },
      { position: 7n },
      { type: 'Other' },
      { schemaVersion: 2 },
      { data: { i: 2 } },
      { metadata: { ...e.metadata, actor: 'mallory' } },
    ]) {
      expect(hashEvent({ ...e, ...change }, GENESIS_HASH)).not.toBe(e.hash);
    }
    expect(hashEvent({ ...e, hash: 'x', previousHash: 'y' } as StoredEvent, GENESIS_HASH)).toBe(e.hash);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, sync or async, and reports the head', async () => {
    const events = chain(6);
    const progress: number[] = [];
    const v = await verifyChain(lazily(events), { gapless: true, onProgress: (n) => progress.push(n) });
    expect(v).toEqual({ ok: true, checked: 6, headPosition: 6n, headHash: events[5].hash });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await verifyChain(events)).ok).toBe(true);
  });

  it('accepts an empty chain', async () => {
    expect(await verifyChain([])).toEqual({ ok: true, checked: 0, headPosition: null, headHash: null });
  });

  it('finds an edited event', async () => {
    const events = chain(5);
    events[2] = { ...events[2], data: { i: 999 } };
    const v = await verifyChain(events, { gapless: true });
    expect(v).toMatchObject({ ok: false, brokenAt: 3n, checked: 2, headPosition: 2n });
    expect(v.reason).toMatch(/hash/);
  });

  it('finds an edited event whose hash was recomputed: the next link breaks', async () => {
    const events = chain(5);
    const forged = { ...events[2], data: { i: 999 } };
    forged.hash = hashEvent(forged, forged.previousHash);
    events[2] = forged;
    expect(await verifyChain(events)).toMatchObject({ ok: false, brokenAt: 4n });
  });

  it('finds a deleted event by the gap, and by the broken link without the gap rule', async () => {
    const events = chain(5);
    events.splice(2, 1);
    expect(await verifyChain(events, { gapless: true })).toMatchObject({ ok: false, brokenAt: 4n, reason: expect.stringMatching(/missing/) });
    expect(await verifyChain(events)).toMatchObject({ ok: false, brokenAt: 4n, reason: expect.stringMatching(/previous hash/) });
  });

  it('finds a deleted first event', async () => {
    const events = chain(3).slice(1);
    expect(await verifyChain(events)).toMatchObject({ ok: false, brokenAt: 2n });
  });

  it('finds events delivered out of order', async () => {
    const events = chain(5);
    [events[1], events[3]] = [events[3], events[1]];
    expect(await verifyChain(events)).toMatchObject({ ok: false, brokenAt: 4n });
  });

  it('finds contents swapped between positions', async () => {
    const events = chain(5);
    const a = events[1];
    const b = events[3];
    events[1] = { ...b, position: a.position };
    events[3] = { ...a, position: b.position };
    expect(await verifyChain(events, { gapless: true })).toMatchObject({ ok: false, brokenAt: 2n });
  });

  it('finds a chain that does not start at the genesis hash', async () => {
    const events = chain(2);
    events[0] = { ...events[0], previousHash: 'a'.repeat(64) };
    expect(await verifyChain(events)).toMatchObject({ ok: false, brokenAt: 1n });
  });
});
