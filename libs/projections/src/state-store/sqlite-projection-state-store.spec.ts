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
});
