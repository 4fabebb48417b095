import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CheckpointConflictError } from '@samsyn/event-store';
import { sqliteProjectionStateStore } from './sqlite-projection-state-store';

describe('sqliteProjectionStateStore', () => {
  const s = sqliteProjectionStateStore({ path: ':memory:' });
  afterAll(() => s.close());

  it('saves state and checkpoint together, compare-and-set on the checkpoint', async () => {
    expect(await s.load('a')).toEqual({ state: null, position: null });
    await s.save('a', { n: 1 }, 5n, null);
    expect(await s.load('a')).toEqual({ state: { n: 1 }, position: 5n });
    await expect(s.save('a', { n: 2 }, 6n, null)).rejects.toThrow(CheckpointConflictError);
    await expect(s.save('a', { n: 2 }, 6n, 4n)).rejects.toThrow(CheckpointConflictError);
    expect(await s.load('a')).toEqual({ state: { n: 1 }, position: 5n });
    await s.save('a', { n: 2 }, 12345678901234567890n, 5n);
    expect((await s.load('a')).position).toBe(12345678901234567890n);
  });

  it('finds the nearest snapshot at or before a position or an instant', async () => {
    await s.saveSnapshot('b', { position: 10n, occurredAt: '2024-01-01T00:00:00.000Z', state: { at: 10 } });
    await s.saveSnapshot('b', { position: 100n, occurredAt: '2024-02-01T00:00:00.000Z', state: { at: 100 } });
    await s.saveSnapshot('b', { position: 9n, occurredAt: '2023-12-01T00:00:00.000Z', state: { at: 9 } });
    expect((await s.latestSnapshot('b', { position: 99n }))?.state).toEqual({ at: 10 });
    expect((await s.latestSnapshot('b', { position: 100n }))?.state).toEqual({ at: 100 });
    expect(await s.latestSnapshot('b', { position: 8n })).toBeNull();
    expect((await s.latestSnapshot('b', { instant: '2024-01-15T00:00:00.000Z' }))?.position).toBe(10n);
    await s.clearSnapshots('b');
    expect(await s.latestSnapshot('b', { position: 100n })).toBeNull();
  });

  const board = (n: number, tag: string) => {
    const proposals: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) proposals[`p${i}`] = { id: `p${i}`, status: tag, reviews: [{ comment: 'c'.repeat(500) }] };
    return { proposals, open: n };
  };

  it('saves a large state in parts and a later, smaller save leaves nothing of it behind', async () => {
    await s.save('big', board(5000, 'first'), 1n, null);
    expect(await s.load('big')).toEqual({ state: board(5000, 'first'), position: 1n });
    await s.save('big', board(3, 'second'), 2n, 1n);
    expect(await s.load('big')).toEqual({ state: board(3, 'second'), position: 2n });
  });

  it('keeps snapshots in parts: replaced at the same position, gone when cleared', async () => {
    await s.saveSnapshot('snap', { position: 7n, occurredAt: '2024-01-01T00:00:00.000Z', state: board(4000, 'a') });
    await s.saveSnapshot('snap', { position: 7n, occurredAt: '2024-01-01T00:00:00.000Z', state: board(2, 'b') });
    expect((await s.latestSnapshot('snap', { position: 7n }))?.state).toEqual(board(2, 'b'));
    await s.clearSnapshots('snap');
    await s.saveSnapshot('snap', { position: 7n, occurredAt: '2024-01-01T00:00:00.000Z', state: { empty: {} } });
    expect((await s.latestSnapshot('snap', { position: 7n }))?.state).toEqual({ empty: {} });
  });

  it('loads states and snapshots written whole, before parts existed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-parts-'));
    try {
      const path = join(dir, 'projections.sqlite');
      sqliteProjectionStateStore({ path }).close();
      const db = new Database(path);
      db.prepare('INSERT INTO projection_state (name, position, state) VALUES (?, ?, ?)').run('old', '00000000000000000042', JSON.stringify({ n: 42, m: { a: 1 } }));
      db.prepare('INSERT INTO projection_snapshot (name, position, occurred_at, state) VALUES (?, ?, ?, ?)').run('old', '00000000000000000040', '2024-01-01T00:00:00.000Z', '{"n":40}');
      db.close();
      const store = sqliteProjectionStateStore({ path });
      expect(await store.load('old')).toEqual({ state: { n: 42, m: { a: 1 } }, position: 42n });
      expect((await store.latestSnapshot('old', { position: 41n }))?.state).toEqual({ n: 40 });
      await store.save('old', { n: 43 }, 43n, 42n);
      expect(await store.load('old')).toEqual({ state: { n: 43 }, position: 43n });
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
