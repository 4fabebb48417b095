import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConcurrencyError, type EventToAppend } from '@samsyn/event-store';
import { appendLeaf, emptyFrontier, eventLeafHash, frontierRoot, treeProofs, verifyConsistency, verifyInclusion, type Frontier } from '@samsyn/audit-proofs';
import { SqliteEventStore } from '../sqlite-event-store';

const ev = (n: number): EventToAppend => ({ type: 'Tested', schemaVersion: 1, data: { n, text: `é ${n}` }, metadata: { actor: 'a', occurredAt: '2024-01-01T00:00:00.000Z', correlationId: 'c', causationId: null } });

/** The roots an independent fold of the events gives, size by size (no stored node used). */
async function rootsFromEvents(store: SqliteEventStore): Promise<Buffer[]> {
  let f: Frontier = emptyFrontier();
  const roots = [frontierRoot(f)];
  for (const e of await store.readAll()) {
    f = appendLeaf(f, eventLeafHash(e));
    roots.push(frontierRoot(f));
  }
  return roots;
}

async function expectTreeMatchesEvents(store: SqliteEventStore): Promise<void> {
  const proofs = treeProofs(store.merkleTree());
  const roots = await rootsFromEvents(store);
  const size = await proofs.treeSize();
  expect(size).toBe(BigInt(roots.length - 1));
  for (let n = 0n; n <= size; n++) expect((await proofs.root(n)).equals(roots[Number(n)])).toBe(true);
  const events = await store.readAll();
  for (const e of events) {
    const i = e.position - 1n;
    expect(verifyInclusion(i, size, eventLeafHash(e), await proofs.inclusion(i, size), roots[Number(size)])).toBe(true);
  }
  for (let m = 1n; m <= size; m += 3n) expect(verifyConsistency(m, size, roots[Number(m)], roots[Number(size)], await proofs.consistency(m, size))).toBe(true);
}

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
