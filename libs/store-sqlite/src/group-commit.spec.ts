import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError, StoreUnavailableError, type EventToAppend } from '@samsyn/event-store';
import { DuplicateEventIdError, openDatabase, sqliteEventStore, type SqliteEventStore } from '@samsyn/store-sqlite';

const ev = (type: string, data: unknown = {}): EventToAppend => ({
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'u', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'c', causationId: null },
});

// Appends requested without awaiting in between land in one batch (one transaction, one sync).
describe('SQLite group commit', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-group-'));
    store = sqliteEventStore({ path: join(dir, 'events.db') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks each append of a batch against its own expected revision and tells each caller its own outcome', async () => {
    const outcomes = await Promise.allSettled([
      store.append('a', [ev('A1')], { expectedRevision: 'no-stream' }),
      store.append('a', [ev('A-lost')], { expectedRevision: 'no-stream' }), // the first one took it
      store.append('b', [ev('B1'), ev('B2')], { expectedRevision: 'no-stream' }),
      store.append('a', [ev('A2')], { expectedRevision: 0n }), // sees the first append of the batch
      store.append('b', [ev('B-lost')], { expectedRevision: 0n }), // b is at 1 by now
      store.append('c', [ev('C1')], { expectedRevision: 'any' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const value = (i: number) => (outcomes[i] as PromiseFulfilledResult<{ nextRevision: bigint; position: bigint }>).value;
    expect(value(0)).toEqual({ nextRevision: 0n, position: 1n, replayed: false });
    expect(value(2)).toEqual({ nextRevision: 1n, position: 3n, replayed: false });
    expect(value(3)).toEqual({ nextRevision: 1n, position: 4n, replayed: false });
    expect(value(5)).toEqual({ nextRevision: 0n, position: 5n, replayed: false });
    const lostA = (outcomes[1] as PromiseRejectedResult).reason;
    expect(lostA).toBeInstanceOf(ConcurrencyError);
    expect(lostA).toMatchObject({ streamId: 'a', expected: 'no-stream', actual: 0n });
    expect((outcomes[4] as PromiseRejectedResult).reason).toMatchObject({ streamId: 'b', expected: 0n, actual: 1n });
    // The refused appends left no trace and no hole in the positions.
    expect((await store.readAll()).map((e) => `${e.position}:${e.type}`)).toEqual(['1:A1', '2:B1', '3:B2', '4:A2', '5:C1']);
    expect(await store.verifyChain()).toMatchObject({ ok: true, checked: 5 });
  });

  it('a failing append (duplicate event id) rolls back alone inside its batch', async () => {
    const outcomes = await Promise.allSettled([
      store.append('a', [{ ...ev('A1'), id: 'same' }], { expectedRevision: 'no-stream' }),
      store.append('b', [ev('B1'), { ...ev('B2'), id: 'same' }], { expectedRevision: 'no-stream' }),
      store.append('c', [ev('C1')], { expectedRevision: 'no-stream' }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventIdError);
    expect((await store.readAll()).map((e) => `${e.position}:${e.streamId}`)).toEqual(['1:a', '2:c']);
    expect((await store.verifyChain()).ok).toBe(true);
  });

  it('idempotency keys within one batch: the second use of a key is a replay of the first', async () => {
    const [first, again, other, elsewhere] = await Promise.all([
      store.append('a', [ev('A1'), ev('A2')], { expectedRevision: 'no-stream', idempotencyKey: 'k1' }),
      store.append('a', [ev('A1'), ev('A2')], { expectedRevision: 'no-stream', idempotencyKey: 'k1' }),
      store.append('b', [ev('B1')], { expectedRevision: 'no-stream', idempotencyKey: 'k2' }),
      store.append('z', [ev('Z1')], { expectedRevision: 'no-stream', idempotencyKey: 'k2' }), // key spent on b
    ]);
    expect(first).toEqual({ nextRevision: 1n, position: 2n, replayed: false });
    expect(again).toEqual({ nextRevision: 1n, position: 2n, replayed: true });
    expect(other).toEqual({ nextRevision: 0n, position: 3n, replayed: false });
    expect(elsewhere).toEqual({ nextRevision: 0n, position: 3n, replayed: true });
    expect(await store.headPosition()).toBe(3n);
    expect(await store.readStream('z')).toEqual([]);
  });

  it('the batch shares one commit: when the commit cannot take the write lock, every caller of the batch hears it and nothing is stored', async () => {
    const path = join(dir, 'locked.db');
    const locked = sqliteEventStore({ path, busyTimeoutMs: 50 });
    const other = openDatabase({ path });
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const outcomes = await Promise.allSettled([
        locked.append('a', [ev('A1')], { expectedRevision: 'no-stream' }),
        locked.append('b', [ev('B1')], { expectedRevision: 'no-stream' }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      for (const o of outcomes) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(await locked.headPosition()).toBeNull();
    await locked.close();
  });

  it('64 concurrent writers racing on 8 streams: gapless positions, one winner per revision, the chain verifies', async () => {
    const streams = Array.from({ length: 8 }, (_, i) => `s${i}`);
    let conflicts = 0;
    const writer = async (w: number) => {
      for (let n = 0; n < 20; n++) {
        const stream = streams[(w + n) % streams.length];
        const current = await store.streamRevision(stream);
        try {
          await store.append(stream, [ev('X', { w, n })], { expectedRevision: current ?? 'no-stream' });
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          conflicts++;
        }
      }
    };
    await Promise.all(Array.from({ length: 64 }, (_, w) => writer(w)));
    const all = await store.readAll();
    expect(all.length + conflicts).toBe(64 * 20);
    expect(conflicts).toBeGreaterThan(0);
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => BigInt(i + 1)));
    for (const s of streams) {
      const revisions = (await store.readStream(s)).map((e) => e.revision);
      expect(revisions).toEqual(revisions.map((_, i) => BigInt(i)));
    }
    expect(await store.verifyChain()).toMatchObject({ ok: true, checked: all.length });
  });

  it('close() commits the appends already accepted', async () => {
    const pending = store.append('a', [ev('A1')], { expectedRevision: 'no-stream' });
    await store.close();
    await expect(pending).resolves.toMatchObject({ position: 1n });
    const reopened = sqliteEventStore({ path: join(dir, 'events.db') });
    expect(await reopened.headPosition()).toBe(1n);
    await reopened.close();
  });

  it('appends sent while the writer thread commits the previous batch: each caller its own outcome, gapless positions, one winner per revision', async () => {
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    const outcomes: Array<Promise<unknown>> = [];
    for (let t = 0; t < 5; t++) {
      // Each turn: one append that continues stream a from the previous turn's revision (it wins
      // only if the previous one committed first, in order), one racing it, and one elsewhere.
      outcomes.push(store.append('a', [ev(`A${t}`)], { expectedRevision: t === 0 ? 'no-stream' : BigInt(t - 1) }));
      outcomes.push(store.append('a', [ev(`A${t}-lost`)], { expectedRevision: t === 0 ? 'no-stream' : BigInt(t - 1) }));
      outcomes.push(store.append(`s${t}`, [ev('S1'), ev('S2')], { expectedRevision: 'no-stream', idempotencyKey: `k${t}` }));
      await turn();
    }
    const settled = await Promise.allSettled(outcomes);
    expect(settled.map((o) => o.status)).toEqual(Array.from({ length: 5 }, () => ['fulfilled', 'rejected', 'fulfilled']).flat());
    for (let t = 0; t < 5; t++) expect((settled[3 * t + 1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    const all = await store.readAll();
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => BigInt(i + 1)));
    expect((await store.readStream('a')).map((e) => e.type)).toEqual(['A0', 'A1', 'A2', 'A3', 'A4']);
    expect(await store.verifyChain()).toMatchObject({ ok: true, checked: 15 });
  });

  it('a burst larger than one part goes to the writer thread in parts: each caller its own outcome, gapless positions, one winner per revision', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => store.append(`s${i % 10}`, [ev('X', { i })], { expectedRevision: i < 10 ? 'no-stream' : 0n })),
    );
    // Per stream: the first append creates it, the second (expecting revision 0) wins, the rest conflict.
    const won = outcomes.map((o) => o.status === 'fulfilled');
    expect(won.filter(Boolean)).toHaveLength(20);
    for (let i = 0; i < 100; i++) expect(won[i]).toBe(i < 20);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(ConcurrencyError);
    const all = await store.readAll();
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => BigInt(i + 1)));
    expect(await store.verifyChain()).toMatchObject({ ok: true, checked: 20 });
  });

  it('a writer thread that dies fails the appends it held with StoreUnavailableError; the next batch gets a new thread', async () => {
    // Two appends at once go to the writer thread (a lone one, with nothing in flight, is committed
    // on the store's connection).
    await Promise.all([store.append('a', [ev('A1')], { expectedRevision: 'no-stream' }), store.append('b', [ev('B1')], { expectedRevision: 'no-stream' })]);
    const writer = (store as unknown as { commits: { writer: { worker: { terminate(): Promise<number> } } } }).commits.writer;
    expect(writer).not.toBeNull();
    const held = Promise.allSettled([store.append('a', [ev('A2')], { expectedRevision: 0n }), store.append('b', [ev('B2')], { expectedRevision: 0n })]);
    await new Promise((resolve) => setImmediate(resolve)); // the batch is with the thread now
    await writer.worker.terminate();
    const outcomes = await held;
    // Never an acknowledgement without a commit. A failure is an unknown outcome, as when a
    // connection to a database server drops: the thread may have committed just before it stopped.
    expect(outcomes[1].status).toBe(outcomes[0].status);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(StoreUnavailableError);
    const revision = (await store.streamRevision('a'))!;
    if (outcomes[0].status === 'fulfilled') expect(revision).toBe(1n);
    expect(await store.streamRevision('b')).toBe(revision);
    const [ra, rb] = await Promise.all([
      store.append('a', [ev('A3')], { expectedRevision: revision }),
      store.append('b', [ev('B3')], { expectedRevision: revision }),
    ]);
    expect(ra.nextRevision).toBe(revision + 1n);
    expect(rb.nextRevision).toBe(revision + 1n);
    expect(await store.verifyChain()).toMatchObject({ ok: true });
  });

  it('a writer thread that cannot start fails its first batch with StoreUnavailableError; the store then commits on its own connection', async () => {
    const sub = join(dir, 'gone');
    mkdirSync(sub);
    const lonely = sqliteEventStore({ path: join(sub, 'e.db') });
    // The store's connection keeps its file open; a new connection (the writer thread's) cannot open it.
    rmSync(sub, { recursive: true, force: true });
    try {
      const both = () => Promise.allSettled([lonely.append('a', [ev('A1')], { expectedRevision: 'no-stream' }), lonely.append('b', [ev('B1')], { expectedRevision: 'no-stream' })]);
      const failed = await both();
      for (const o of failed) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(StoreUnavailableError);
      const committed = await both();
      expect(committed.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
      expect(await lonely.verifyChain()).toMatchObject({ ok: true, checked: 2 });
    } finally {
      await lonely.close();
    }
  });

  it('a lone append while the writer thread is idle commits on the store connection; mixed with batches, positions stay gapless and in order', async () => {
    await store.append('a', [ev('A1')], { expectedRevision: 'no-stream' });
    expect((store as unknown as { commits: { writer: unknown } }).commits.writer).toBeNull();
    for (let n = 0; n < 5; n++) {
      await Promise.all([store.append(`b${n}`, [ev('B')], { expectedRevision: 'no-stream' }), store.append(`c${n}`, [ev('C'), ev('C')], { expectedRevision: 'no-stream' })]);
      await store.append('a', [ev(`A${n + 2}`)], { expectedRevision: BigInt(n) });
    }
    expect((store as unknown as { commits: { writer: unknown } }).commits.writer).not.toBeNull();
    const all = await store.readAll();
    expect(all.map((e) => e.position)).toEqual(all.map((_, i) => BigInt(i + 1)));
    expect((await store.readStream('a')).map((e) => e.type)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6']);
    expect(await store.verifyChain()).toMatchObject({ ok: true, checked: 21 });
  });

  it('commits on the store connection when asked to (writerThread: false), with the same batch semantics', async () => {
    const inline = sqliteEventStore({ path: join(dir, 'inline.db'), writerThread: false });
    try {
      const outcomes = await Promise.allSettled([
        inline.append('a', [ev('A1')], { expectedRevision: 'no-stream' }),
        inline.append('a', [ev('A-lost')], { expectedRevision: 'no-stream' }),
        inline.append('b', [ev('B1')], { expectedRevision: 'no-stream', idempotencyKey: 'k' }),
        inline.append('c', [ev('C1')], { expectedRevision: 'no-stream', idempotencyKey: 'k' }),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect((outcomes[3] as PromiseFulfilledResult<unknown>).value).toEqual({ nextRevision: 0n, position: 2n, replayed: true });
      expect(await inline.writerSettings()).toMatchObject({ journalMode: 'wal', synchronous: 2n });
      expect(await inline.verifyChain()).toMatchObject({ ok: true, checked: 2 });
    } finally {
      await inline.close();
    }
  });
});
