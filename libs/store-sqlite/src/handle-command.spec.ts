import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConcurrencyError,
  handleCommand,
  StaleRevisionError,
  StreamStateCache,
  type CommandDecider,
  type EventCodec,
  type HandleCommandOptions,
  type StoredEvent,
} from '@samsyn/event-store';
import { sqliteEventStore, type SqliteEventStore } from '@samsyn/store-sqlite';

// A counter that may not exceed its maximum: the rule a stale read would break.
type Incremented = { type: 'Incremented'; data: { by: number } };
type Increment = { by: number; max: number };
type Counter = { count: number };

class LimitExceeded extends Error {
  readonly code = 'LIMIT_EXCEEDED';
}

const counter: CommandDecider<Increment, Incremented, Counter> = {
  initialState: () => ({ count: 0 }),
  evolve: (s, e) => ({ count: s.count + e.data.by }),
  decide: (c, s) => {
    if (c.by === 0) return [];
    if (s.count + c.by > c.max) throw new LimitExceeded(`${s.count} + ${c.by} > ${c.max}`);
    return [{ type: 'Incremented', data: { by: c.by } }];
  },
};

// Stored schema v2 names the field `amount`; v1 history said `by` and is upcast on read.
const codec: EventCodec<Incremented> = {
  toStored: (e) => ({ type: e.type, schemaVersion: 2, data: { amount: e.data.by } }),
  fromStored: (e: StoredEvent) => {
    const d = e.data as { by?: number; amount?: number };
    return { type: 'Incremented', data: { by: e.schemaVersion === 1 ? d.by! : d.amount! } };
  },
};

const metadata = { actor: 'alice', occurredAt: '2024-03-01T09:00:00.000Z', correlationId: 'corr-1' };
const opts = (over: Partial<HandleCommandOptions> = {}): HandleCommandOptions => ({ metadata, ...over });
const raw = (by: number, schemaVersion = 2) => ({
  type: 'Incremented',
  schemaVersion,
  data: schemaVersion === 1 ? { by } : { amount: by },
  metadata: { ...metadata, causationId: null },
});

describe('handleCommand (against the SQLite store)', () => {
  let store: SqliteEventStore;
  const run = (streamId: string, buildCommand: (s: Counter, r: bigint | null) => Increment | Promise<Increment>, options: HandleCommandOptions) =>
    handleCommand(store, { streamId, decider: counter, codec, buildCommand, ...options });
  const inc = (by: number, max = 100) => () => ({ by, max });

  beforeEach(() => (store = sqliteEventStore({ path: ':memory:' })));
  afterEach(() => store.close());

  it('creates the stream with no-stream and returns events, state, revision and position', async () => {
    const r = await run('counter-1', inc(2), opts({ idempotencyKey: undefined }));
    expect(r).toEqual({ events: [{ type: 'Incremented', data: { by: 2 } }], state: { count: 2 }, nextRevision: 0n, position: 1n, replayed: false });
    const [stored] = await store.readStream('counter-1');
    expect(stored.schemaVersion).toBe(2);
    expect(stored.metadata).toEqual({ ...metadata, causationId: null });
  });

  it('folds history through the codec (upcasting v1) and appends at the revision read', async () => {
    await store.append('counter-1', [raw(3, 1), raw(4)], { expectedRevision: 'no-stream' });
    const seen: Array<[Counter, bigint | null]> = [];
    const r = await run('counter-1', (s, rev) => (seen.push([s, rev]), { by: 1, max: 100 }), opts());
    expect(seen).toEqual([[{ count: 7 }, 1n]]);
    expect(r.state).toEqual({ count: 8 });
    expect(r.nextRevision).toBe(2n);
  });

  it('a refusal propagates and writes nothing', async () => {
    await run('counter-1', inc(5, 5), opts());
    await expect(run('counter-1', inc(1, 5), opts())).rejects.toBeInstanceOf(LimitExceeded);
    expect(await store.streamRevision('counter-1')).toBe(0n);
  });

  it('no events decided: nothing appended, the current revision and position come back', async () => {
    await store.append('other', [raw(1)], { expectedRevision: 'no-stream' });
    await store.append('counter-1', [raw(2)], { expectedRevision: 'no-stream' });
    await store.append('other', [raw(1)], { expectedRevision: 0n });
    const r = await run('counter-1', inc(0), opts());
    expect(r).toEqual({ events: [], state: { count: 2 }, nextRevision: 0n, position: 2n, replayed: false });
    expect(await store.headPosition()).toBe(3n);
    expect(await run('empty', inc(0), opts())).toMatchObject({ nextRevision: null, position: null });
  });

  it('after a concurrent writer, re-reads and re-checks the rule against fresh state', async () => {
    await run('counter-1', inc(3, 5), opts());
    let attempts = 0;
    const refused = run(
      'counter-1',
      async () => {
        attempts++;
        // Another writer commits between our read and our append, on the first attempt only.
        if (attempts === 1) await store.append('counter-1', [raw(2)], { expectedRevision: 0n });
        return { by: 1, max: 5 };
      },
      opts(),
    );
    // Fresh state is 5: one more would exceed the maximum, so the retry must refuse.
    await expect(refused).rejects.toBeInstanceOf(LimitExceeded);
    expect(attempts).toBe(2);
    expect((await store.readStream('counter-1')).map((e) => (e.data as { amount: number }).amount)).toEqual([3, 2]);
  });

  it('after a concurrent writer, a retry that still satisfies the rule succeeds on fresh state', async () => {
    const revisionsSeen: Array<bigint | null> = [];
    const r = await run(
      'counter-1',
      async (_state, revision) => {
        revisionsSeen.push(revision);
        if (revisionsSeen.length === 1) await store.append('counter-1', [raw(10)], { expectedRevision: 'no-stream' });
        return { by: 1, max: 100 };
      },
      opts(),
    );
    expect(revisionsSeen).toEqual([null, 0n]);
    expect(r).toMatchObject({ state: { count: 11 }, nextRevision: 1n, replayed: false });
  });

  it('many concurrent commands never exceed the maximum', async () => {
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => run('counter-1', inc(1, 3), opts())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refusals = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refusals.map((r) => r.reason)).toEqual([expect.any(LimitExceeded), expect.any(LimitExceeded)]);
    expect(await store.streamRevision('counter-1')).toBe(2n);
  });

  it('gives up after maxRetries conflicts and rethrows the ConcurrencyError', async () => {
    let attempts = 0;
    const failing = run(
      'counter-1',
      async () => {
        attempts++;
        await store.append('counter-1', [raw(1)], { expectedRevision: 'any' });
        return { by: 1, max: 1000 };
      },
      opts({ maxRetries: 2 }),
    );
    await expect(failing).rejects.toBeInstanceOf(ConcurrencyError);
    expect(attempts).toBe(3);
  });

  it('ifMatch: the same revision passes, another one is a StaleRevisionError without retry', async () => {
    await run('counter-1', inc(1), opts());
    expect((await run('counter-1', inc(1), opts({ ifMatch: 0n }))).nextRevision).toBe(1n);
    let built = 0;
    const stale = await run('counter-1', () => (built++, { by: 1, max: 100 }), opts({ ifMatch: 0n })).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleRevisionError);
    expect(stale).toMatchObject({ code: 'STALE_REVISION', streamId: 'counter-1', expected: 0n, actual: 1n });
    expect(built).toBe(0);
    await expect(run('nope', inc(1), opts({ ifMatch: 0n }))).rejects.toMatchObject({ actual: null });
  });

  it('ifMatch with a concurrent writer: stale, not retried', async () => {
    await store.append('counter-1', [raw(1), raw(1)], { expectedRevision: 'no-stream' });
    let built = 0;
    const stale = run(
      'counter-1',
      async () => {
        built++;
        await store.append('counter-1', [raw(1)], { expectedRevision: 'any' });
        return { by: 1, max: 100 };
      },
      opts({ ifMatch: 1n }),
    );
    await expect(stale).rejects.toBeInstanceOf(StaleRevisionError);
    expect(built).toBe(1);
  });

  it('idempotency: a repeated key returns the first result without deciding, even when it would now be refused', async () => {
    const first = await run('counter-1', inc(5, 5), opts({ idempotencyKey: 'req-1' }));
    expect(first.replayed).toBe(false);
    await store.append('counter-1', [raw(1)], { expectedRevision: 0n });
    let built = 0;
    const again = await run('counter-1', () => (built++, { by: 5, max: 5 }), opts({ idempotencyKey: 'req-1', ifMatch: 7n }));
    expect(built).toBe(0);
    expect(again).toEqual({ ...first, replayed: true });
    expect((await store.readStream('counter-1'))[0].metadata.idempotencyKey).toBe('req-1');
    expect(await store.streamRevision('counter-1')).toBe(1n);
  });

  it('idempotency: two identical requests in flight write once and answer alike', async () => {
    const [a, b] = await Promise.all([
      run('counter-1', inc(2), opts({ idempotencyKey: 'req-2' })),
      run('counter-1', inc(2), opts({ idempotencyKey: 'req-2' })),
    ]);
    expect(await store.streamRevision('counter-1')).toBe(0n);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(b.events).toEqual(a.events);
    expect(b.state).toEqual(a.state);
    expect(b.position).toBe(a.position);
  });
});

// The commits of each store happen in its own writer thread, on a connection of its own: a cached
// state must still be checked against what the other connection (another store, another process)
// committed.
describe('handleCommand with a stream-state cache, two stores on one file (each with its writer thread)', () => {
  let dir: string;
  let one: SqliteEventStore;
  let two: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-cache-'));
    one = sqliteEventStore({ path: join(dir, 'events.db') });
    two = sqliteEventStore({ path: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await one.close();
    await two.close();
    rmSync(dir, { recursive: true, force: true });
  });
  // Every conflict is another command's progress: retried as often as there are commands.
  const runOn = (store: SqliteEventStore, cache: StreamStateCache, by: number, max: number) =>
    handleCommand(store, { streamId: 'counter-1', decider: counter, codec, buildCommand: () => ({ by, max }), ...opts({ cache, maxRetries: 40 }) });

  it('a cached state sees what the other store committed since', async () => {
    const cache = new StreamStateCache();
    await runOn(one, cache, 3, 5);
    await two.append('counter-1', [raw(2)], { expectedRevision: 0n });
    await expect(runOn(one, cache, 1, 5)).rejects.toBeInstanceOf(LimitExceeded);
    expect(await runOn(one, cache, 0, 5)).toMatchObject({ state: { count: 5 }, nextRevision: 1n });
  });

  it('commands racing through both stores, each with its own cache, never exceed the maximum', async () => {
    const caches = [new StreamStateCache(), new StreamStateCache()];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => runOn(i % 2 ? two : one, caches[i % 2], 1, 25)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBe(25);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(LimitExceeded);
    const events = await two.readStream('counter-1');
    expect(events.map((e) => e.revision)).toEqual(events.map((_, i) => BigInt(i)));
    expect(events.length).toBe(25);
    expect(await one.verifyChain()).toMatchObject({ ok: true, checked: 25 });
  });
});
