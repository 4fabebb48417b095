import type { EventStore, ReadAllOptions, StoredEvent } from '../port/event-store.port';
import { fastReadsOf, fastReadsOverReadAll } from './fast-reads';
import type { FastReads } from './fast-reads.port';

const event = (position: bigint, type: string): StoredEvent => ({
  id: `e${position}`,
  streamId: 's',
  revision: position,
  position,
  type,
  schemaVersion: 1,
  data: { at: position.toString() },
  metadata: { actor: 'a', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: null },
  hash: '',
  previousHash: '',
});

/** The port's readAll over a log (positions as given: gapless, or sparse as EventStoreDB's), counting its calls. */
const logStore = (log: StoredEvent[]) => {
  const calls: ReadAllOptions[] = [];
  const readAll = async (o: ReadAllOptions = {}) => {
    calls.push(o);
    const after = log.filter((e) => o.after === undefined || e.position > o.after);
    return o.maxCount === undefined ? after : after.slice(0, o.maxCount);
  };
  return { store: { readAll } as unknown as EventStore, calls };
};

const types = ['A', 'B', 'C'];
const gapless = Array.from({ length: 10 }, (_, i) => event(BigInt(i + 1), types[i % 3]));
const sparse = gapless.map((e, i) => event(BigInt(1000 + i * 977), e.type));

describe('fast reads built on readAll (the stores without their own)', () => {
  it.each([
    ['gapless', gapless],
    ['sparse', sparse],
  ])('readRangeLean (%s positions): the events of (after, upTo], of the types asked, and the last position of the range', async (_, log) => {
    const reads = fastReadsOverReadAll(logStore(log).store);
    const p = log.map((e) => e.position);
    expect(await reads.readRangeLean({ after: 0n, upTo: p[9] + 5n })).toEqual({ events: log, last: p[9] });
    expect(await reads.readRangeLean({ after: p[1], upTo: p[4] })).toEqual({ events: log.slice(2, 5), last: p[4] });
    expect(await reads.readRangeLean({ after: p[1], upTo: p[4], types: ['A'] })).toEqual({ events: [log[3]], last: p[4] });
    // No event of the type: nothing, but the range was read to its last event all the same.
    expect(await reads.readRangeLean({ after: p[1], upTo: p[3], types: ['X'] })).toEqual({ events: [], last: p[3] });
    expect(await reads.readRangeLean({ after: p[9], upTo: p[9] + 100n })).toEqual({ events: [], last: null });
    expect(await reads.readRangeLean({ after: p[3], upTo: p[3] })).toEqual({ events: [], last: null });
    expect(await reads.readRangeLean({ after: p[3], upTo: p[2] })).toEqual({ events: [], last: null });
  });

  it('readRangeLean reads a long range in pages, never past its end', async () => {
    const long = Array.from({ length: 4500 }, (_, i) => event(BigInt(i + 1), 'A'));
    const { store, calls } = logStore(long);
    const { events, last } = await fastReadsOverReadAll(store).readRangeLean({ after: 100n, upTo: 4200n });
    expect([events.length, events[0].position, last]).toEqual([4100, 101n, 4200n]);
    expect(calls.map((c) => [c.after, c.maxCount])).toEqual([
      [100n, 2000],
      [2100n, 2000],
      [4100n, 100],
    ]);
  });

  it('readAt and readAtLean: the events at the positions asked, once each, in position order, missing ones left out', async () => {
    const reads = fastReadsOverReadAll(logStore(sparse).store);
    const [a, b, c] = [sparse[0].position, sparse[4].position, sparse[7].position];
    expect(await reads.readAt([c, a, b + 1n, b, a])).toEqual([sparse[0], sparse[4], sparse[7]]);
    expect(await reads.readAtLean([c, a], [{ type: 'A', schemaVersion: 1, paths: ['$.at'] }])).toEqual([sparse[0], sparse[7]]);
    expect(await reads.readAt([])).toEqual([]);
  });

  it('readAllLean pages as readAll does', async () => {
    const reads = fastReadsOverReadAll(logStore(gapless).store);
    expect(await reads.readAllLean()).toEqual(gapless);
    expect(await reads.readAllLean({ after: 3n, maxCount: 2 })).toEqual(gapless.slice(3, 5));
  });
});

describe('fastReadsOf', () => {
  it("answers the store itself when it offers all four reads, else the fallback over its readAll", async () => {
    const { store } = logStore(gapless);
    const own: FastReads = {
      readAllLean: async () => [],
      readRangeLean: async () => ({ events: [], last: null }),
      readAt: async () => [],
      readAtLean: async () => [],
    };
    const native = Object.assign(Object.create(store) as EventStore, own);
    expect(fastReadsOf(native)).toBe(native);
    const partial = Object.assign(Object.create(store) as EventStore, { readAt: own.readAt });
    const fallback = fastReadsOf(partial);
    expect(fallback).not.toBe(partial);
    expect(await fallback.readAt([2n])).toEqual([gapless[1]]);
  });
});
