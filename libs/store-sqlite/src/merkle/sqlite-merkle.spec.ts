import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError, type EventToAppend } from '@samsyn/event-store';

const ev = (n: number): EventToAppend => ({ type: 'Tested', schemaVersion: 1, data: { n, text: `é ${n}` }, metadata: { actor: 'a', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } });

import { expectTreeMatchesEvents, describeMerkleTreeContract } from '@samsyn/audit-proofs/contract/merkle-tree.contract';
import { SqliteEventStore } from '../sqlite-event-store';

// Appends sync to disk one by one: generous on a busy machine (never a timing assertion).
jest.setTimeout(60_000);

describeMerkleTreeContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-merkle-'));
  const path = join(dir, 'events.sqlite');
  const opened: SqliteEventStore[] = [new SqliteEventStore({ path })];
  return {
    store: opened[0],
    dropTree: async () => {
      await opened[0].close();
      const db = new Database(path);
      db.exec('DROP TABLE merkle_nodes');
      db.close();
    },
    reopen: async () => {
      opened.push(new SqliteEventStore({ path }));
      return opened[opened.length - 1];
    },
    cleanup: async () => {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SQLite store: the Merkle tree is kept in the append transaction', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'samsyn-merkle-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['the writer thread and lone appends', { writerThread: true }],
    ['the store connection', { writerThread: false }],
  ])('through %s, group commits with a refused append among them, it matches a fold of the events', async (_how, opts) => {
    const store = new SqliteEventStore({ path: join(dir, 'events.sqlite'), ...opts });
    try {
      for (let i = 0; i < 5; i++) await store.append(`s-${i}`, [ev(i)], { expectedRevision: 'no-stream' });
      // One batch: appends that commit, and one refused in its savepoint between them.
      const results = await Promise.allSettled([
        store.append('s-0', [ev(10), ev(11)], { expectedRevision: 0n }),
        store.append('s-1', [ev(12)], { expectedRevision: 5n }),
        store.append('s-2', [ev(13), ev(14), ev(15)], { expectedRevision: 0n }),
        ...Array.from({ length: 40 }, (_, i) => store.append(`t-${i}`, [ev(100 + i)], { expectedRevision: 'no-stream' })),
      ]);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
      await expectTreeMatchesEvents(store);
    } finally {
      await store.close();
    }
  });

  it('in :memory:', async () => {
    const store = new SqliteEventStore({ path: ':memory:' });
    for (let i = 0; i < 13; i++) await store.append('m', [ev(i)], { expectedRevision: i === 0 ? 'no-stream' : BigInt(i - 1) });
    await expectTreeMatchesEvents(store);
    await store.close();
  });

  it('a file written before the tree existed gets its tree on first read, and on first append', async () => {
    const path = join(dir, 'events.sqlite');
    let store = new SqliteEventStore({ path });
    for (let i = 0; i < 21; i++) await store.append(`s-${i % 4}`, [ev(i)], { expectedRevision: 'any' });
    await store.close();
    const wipe = () => {
      const db = new Database(path);
      db.exec('DROP TABLE merkle_nodes');
      db.close();
    };
    wipe();
    store = new SqliteEventStore({ path });
    await expectTreeMatchesEvents(store);
    await store.close();
    wipe();
    store = new SqliteEventStore({ path });
    await store.append('later', [ev(99)], { expectedRevision: 'no-stream' });
    await expectTreeMatchesEvents(store);
    await store.close();
  });

  it('stores about two nodes per event (leaves and completed subtrees), never the history again', async () => {
    const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    for (let i = 0; i < 64; i++) await store.append('s', [ev(i)], { expectedRevision: 'any' });
    const count = (store.db.prepare('SELECT COUNT(*) FROM merkle_nodes').pluck(true).get() as bigint);
    expect(count).toBe(127n); // a perfect tree of 64 leaves
    await store.close();
  });
});
