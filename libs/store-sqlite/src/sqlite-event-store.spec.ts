import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCheckpointStoreContract, describeEventStoreContract } from '@samsyn/event-store/contract';
import { StoreUnavailableError, type EventToAppend } from '@samsyn/event-store';
import { DuplicateEventIdError, openDatabase, sqliteEventStore, sqliteTamper } from '@samsyn/store-sqlite';

const tempDir = () => mkdtempSync(join(tmpdir(), 'samsyn-sqlite-'));
const ev = (type: string, data: unknown = {}): EventToAppend => ({
  type,
  schemaVersion: 1,
  data,
  metadata: { actor: 'u', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'c', causationId: null },
});

describeEventStoreContract('SQLite file', async () => {
  const dir = tempDir();
  const path = join(dir, 'events.db');
  const store = sqliteEventStore({ path });
  return {
    store,
    tamper: sqliteTamper(path),
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describeEventStoreContract(
  'SQLite :memory:',
  async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    return { store, cleanup: () => store.close() };
  },
  // A private in-memory database cannot be opened by a second connection to edit it.
  { tamper: false },
);

describeCheckpointStoreContract('SQLite', async () => {
  const store = sqliteEventStore({ path: ':memory:' });
  return { checkpoints: store.checkpoints(), cleanup: () => store.close() };
});

describe('SQLite event store specifics', () => {
  let dir: string;
  beforeEach(() => (dir = tempDir()));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs in WAL mode with synchronous=FULL and a busy timeout', async () => {
    const store = sqliteEventStore({ path: join(dir, 'e.db') });
    try {
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(2n); // FULL
      expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000n);
    } finally {
      await store.close();
    }
  });

  it('commits in a writer thread whose connection also runs WAL with synchronous=FULL; :memory: commits on its own connection', async () => {
    const store = sqliteEventStore({ path: join(dir, 'w.db'), busyTimeoutMs: 1234 });
    const memory = sqliteEventStore({ path: ':memory:' });
    try {
      expect(await store.writerSettings()).toEqual({ journalMode: 'wal', synchronous: 2n, busyTimeout: 1234n });
      expect(await memory.writerSettings()).toMatchObject({ synchronous: 2n });
    } finally {
      await store.close();
      await memory.close();
    }
  });

  it('assigns gapless positions 1, 2, 3 … across streams', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await store.append('a', [ev('X'), ev('X')], { expectedRevision: 'no-stream' });
    await store.append('b', [ev('X')], { expectedRevision: 'no-stream' }).catch(() => undefined);
    await store.append('a', [ev('X')], { expectedRevision: 0n }).catch(() => undefined); // conflict: no hole
    await store.append('c', [ev('X')], { expectedRevision: 'no-stream' });
    expect((await store.readAll()).map((e) => e.position)).toEqual([1n, 2n, 3n, 4n]);
    await store.close();
  });

  it('readAt: the events at given positions, in position order, missing ones skipped', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await store.append('a', [ev('X'), ev('Y'), ev('Z')], { expectedRevision: 'no-stream' });
    const all = await store.readAll();
    expect(await store.readAt([3n, 1n, 9n])).toEqual([all[0], all[2]]);
    expect(await store.readAt([])).toEqual([]);
    await store.close();
  });

  it('readAtLean: readAt without id and hash chain; slims only the named type at the named version', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const big = { id: 'P', definition: { purpose: 'p', steps: { s1: { name: 'n' } } }, changes: [{ op: 'add' }], summary: 's' };
    await store.append('a', [ev('X', big), { ...ev('X', big), schemaVersion: 2 }, ev('Y', big)], { expectedRevision: 'no-stream' });
    const lean = (all: Awaited<ReturnType<typeof store.readAll>>) => all.map(({ id, hash, previousHash, ...rest }) => rest);
    const all = await store.readAll();
    expect(await store.readAtLean([3n, 1n, 9n])).toEqual(lean([all[0], all[2]]));
    expect(await store.readAtLean([])).toEqual([]);
    const slim = [{ type: 'X', schemaVersion: 1, paths: ['$.definition.steps', '$.changes'] }];
    const slimmed = await store.readAtLean([1n, 2n, 3n], slim);
    expect(slimmed.map((e) => e.data)).toEqual([{ id: 'P', definition: { purpose: 'p' }, summary: 's' }, big, big]);
    expect(slimmed.map(({ data, ...rest }) => rest)).toEqual(lean(all).map(({ data, ...rest }) => rest));
    // The same slim again (a kept statement), and no paths at all.
    expect(await store.readAtLean([1n], slim)).toEqual([slimmed[0]]);
    expect(await store.readAtLean([1n], [{ type: 'X', schemaVersion: 1, paths: [] }])).toEqual(lean([all[0]]));
    await store.close();
  });

  it('readRangeLean: the events of (after, upTo], of the given types only, and the last position of the range', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await store.append('a', [ev('X', { n: 1 }), ev('Y', { n: 2 }), ev('X', { n: 3 }), ev('Z', { n: 4 })], { expectedRevision: 'no-stream' });
    const lean = (all: Awaited<ReturnType<typeof store.readAll>>) => all.map(({ id, hash, previousHash, ...rest }) => rest);
    const all = await store.readAll();
    expect(await store.readRangeLean({ after: 0n, upTo: 9n })).toEqual({ events: lean(all), last: 4n });
    expect(await store.readRangeLean({ after: 1n, upTo: 3n })).toEqual({ events: lean(all.slice(1, 3)), last: 3n });
    expect(await store.readRangeLean({ after: 0n, upTo: 2n, types: ['X'] })).toEqual({ events: lean([all[0]]), last: 2n });
    expect(await store.readRangeLean({ after: 1n, upTo: 2n, types: ['X'] })).toEqual({ events: [], last: 2n });
    expect(await store.readRangeLean({ after: 0n, upTo: 4n, types: [] })).toEqual({ events: [], last: 4n });
    expect(await store.readRangeLean({ after: 4n, upTo: 9n })).toEqual({ events: [], last: null });
    expect(await store.readRangeLean({ after: 3n, upTo: 3n })).toEqual({ events: [], last: null });
    await store.close();
  });

  it('readAllLean: readAll without id and hash chain, paged the same way', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await store.append('a', [ev('X'), ev('Y')], { expectedRevision: 'no-stream' });
    await store.append('b', [ev('Z')], { expectedRevision: 'no-stream' });
    const lean = (all: Awaited<ReturnType<typeof store.readAll>>) => all.map(({ id, hash, previousHash, ...rest }) => rest);
    expect(await store.readAllLean()).toEqual(lean(await store.readAll()));
    expect(await store.readAllLean({ after: 1n, maxCount: 1 })).toEqual(lean(await store.readAll({ after: 1n, maxCount: 1 })));
    expect(typeof (await store.readAllLean())[0].schemaVersion).toBe('number');
    await store.close();
  });

  it('rolls back a batch whose event id is already stored, with a typed error', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await store.append('a', [{ ...ev('X'), id: 'same' }], { expectedRevision: 'no-stream' });
    const err = await store.append('b', [ev('Y'), { ...ev('Y'), id: 'same' }], { expectedRevision: 'no-stream' }).catch((e) => e);
    expect(err).toBeInstanceOf(DuplicateEventIdError);
    expect(await store.readStream('b')).toEqual([]);
    expect(await store.headPosition()).toBe(1n);
    await store.close();
  });

  it('two connections to one file: appends interleave, conflicts are detected, wake-ups are shared', async () => {
    const path = join(dir, 'shared.db');
    const one = sqliteEventStore({ path });
    const two = sqliteEventStore({ path });
    const seen: string[] = [];
    let notify!: () => void;
    const delivered = new Promise<void>((r) => (notify = r));
    const sub = one.subscribe({
      onEvent: (e) => {
        seen.push(`${e.streamId}@${e.revision}`);
        if (seen.length === 3) notify();
      },
    });
    await sub.caughtUp;
    await one.append('p', [ev('X')], { expectedRevision: 'no-stream' });
    await two.append('p', [ev('X')], { expectedRevision: 0n });
    await expect(one.append('p', [ev('X')], { expectedRevision: 0n })).rejects.toMatchObject({ code: 'CONCURRENCY_CONFLICT', actual: 1n });
    await two.append('q', [ev('X')], { expectedRevision: 'no-stream' });
    await delivered;
    expect(seen).toEqual(['p@0', 'p@1', 'q@0']);
    expect((await two.verifyChain()).ok).toBe(true);
    await sub.stop();
    await one.close();
    await two.close();
  });

  it('live delivery comes from the in-process wake-up, not from the poll', async () => {
    // With a one-hour poll, only the wake-up on append can deliver within the test's time.
    const store = sqliteEventStore({ path: ':memory:', subscriptionPollIntervalMs: 3_600_000 });
    let delivered!: () => void;
    const arrived = new Promise<void>((r) => (delivered = r));
    const sub = store.subscribe({ onEvent: () => delivered() });
    await sub.caughtUp;
    await store.append('p', [ev('X')], { expectedRevision: 'no-stream' });
    await arrived;
    await store.close();
  });

  it('sees appends made by another process through the poll', async () => {
    const path = join(dir, 'poll.db');
    const store = sqliteEventStore({ path, subscriptionPollIntervalMs: 10 });
    let delivered!: (id: string) => void;
    const arrived = new Promise<string>((r) => (delivered = r));
    const sub = store.subscribe({ onEvent: (e) => delivered(e.streamId) });
    await sub.caughtUp;
    // A bare connection stands for another process: it shares no wake-up with the store.
    const raw = openDatabase({ path });
    raw
      .prepare(`INSERT INTO events (position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash) VALUES (1, 'from-afar', 0, 'x', 'X', 1, '{}', '{}', 'h', 'p')`)
      .run();
    raw.close();
    expect(await arrived).toBe('from-afar');
    await store.close();
  });

  it('keeps its events across a reopen and verifies the chain', async () => {
    const path = join(dir, 'reopen.db');
    const first = sqliteEventStore({ path });
    await first.append('p', [ev('X', { n: 1 }), ev('X', { n: 2 })], { expectedRevision: 'no-stream' });
    await first.close();
    const again = sqliteEventStore({ path });
    expect((await again.readStream('p')).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await again.verifyChain()).toMatchObject({ ok: true, checked: 2, headPosition: 2n });
    await again.close();
  });

  it('maps a held write lock beyond busy_timeout to StoreUnavailableError', async () => {
    const path = join(dir, 'busy.db');
    const store = sqliteEventStore({ path, busyTimeoutMs: 50 });
    const other = openDatabase({ path });
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const err = await store.append('p', [ev('X')], { expectedRevision: 'any' }).catch((e) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect(err.message).toMatch(/SQLITE_BUSY/);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect((await store.append('p', [ev('X')], { expectedRevision: 'any' })).position).toBe(1n);
    await store.close();
  });
});
