import { CheckpointConflictError } from '@samsyn/event-store/port';
import type { Pool } from 'pg';
import { PostgresCheckpointStore } from './postgres-checkpoint-store';
import { PostgresProjectionStateStore } from './postgres-projection-state-store';
import { MIGRATIONS, migrate } from './migrations';
import { describeWithPostgres, dropSchema, freshSchemaName, testPool } from './testing/postgres-test-server';
import { allProjections, ProjectionRunner } from '@samsyn/projections';
import { HistoryWriter } from '@samsyn/projections/testing/history-writer';
import { copyRenamed, hostileRenaming, orderFree } from '@samsyn/projections/testing/hostile-ids';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { sqliteEventStore } from '@samsyn/store-sqlite';

describeWithPostgres('PostgresProjectionStateStore', () => {
  let pool: Pool;
  let schema: string;
  let states: PostgresProjectionStateStore;

  beforeAll(() => {
    pool = testPool(5);
  });
  beforeEach(async () => {
    schema = freshSchemaName('proj');
    states = await PostgresProjectionStateStore.create(pool, schema);
  });
  afterEach(() => dropSchema(pool, schema));
  afterAll(() => pool.end());

  it('loads null state and position before the first save', async () => {
    expect(await states.load('board')).toEqual({ state: null, position: null });
  });

  it('saves state with its checkpoint and loads them back together', async () => {
    await states.save('board', { open: ['p-1'], count: 1 }, 3n, null);
    await states.save('board', { open: ['p-1', 'p-2'], count: 2 }, 7n, 3n);
    expect(await states.load('board')).toEqual({ state: { open: ['p-1', 'p-2'], count: 2 }, position: 7n });
    // The checkpoint is the one PostgresCheckpointStore reads under the same name.
    expect(await new PostgresCheckpointStore(pool, schema).load('board')).toBe(7n);
  });

  it('read models with ids such as constructor and __proto__ load back as they were saved, and fold on', async () => {
    const plain = sqliteEventStore({ path: ':memory:' });
    await writeScenario(plain);
    const store = sqliteEventStore({ path: ':memory:' });
    await copyRenamed(plain, store, hostileRenaming(0)); // ksn → constructor, fsn → __proto__, uhem → hasOwnProperty
    const first = new ProjectionRunner({ store, stateStore: states, projections: allProjections(), persistEvery: 7 });
    await first.start();
    const saved = Object.fromEntries(allProjections().map((p) => [p.name, orderFree(first.state(p.name))]));
    await first.stop();
    const again = new ProjectionRunner({ store, stateStore: states, projections: allProjections() });
    await again.start();
    // A failed expectation must not leave the runner following the store (and the pool held).
    try {
      for (const p of allProjections()) expect([p.name, orderFree(again.state(p.name))]).toEqual([p.name, saved[p.name]]);
      type Directory = { stakeholders: Record<string, { name: string }> };
      expect(Object.getPrototypeOf(again.state<Directory>('directory').stakeholders)).toBeNull();
      const writer = new HistoryWriter(store, '2030-01-01T00:00:00.000Z');
      const at = await writer.emit('stakeholder-__proto__', { type: 'StakeholderRenamed', data: { id: '__proto__', name: 'Renamed', previousName: 'Fastighetsnämnden' } });
      expect(await again.waitForPosition(at, 2000)).toBe(true);
      expect(again.failures()).toEqual([]);
      expect(again.state<Directory>('directory').stakeholders['__proto__'].name).toBe('Renamed');
      expect(again.state<{ entries: Record<string, string[]> }>('stakeholder-history').entries['__proto__'].at(-1)).toBe(at.toString());
    } finally {
      await again.stop();
      await store.close();
      await plain.close();
    }
  });

  it('a stale writer changes neither the state nor the checkpoint', async () => {
    await states.save('board', { v: 1 }, 3n, null);
    const err = await states.save('board', { v: 'stale' }, 9n, 1n).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CheckpointConflictError);
    expect(err).toMatchObject({ expected: 1n, actual: 3n });
    expect(await states.load('board')).toEqual({ state: { v: 1 }, position: 3n });
  });

  it('two runners saving from the same position: one wins, state and position stay paired', async () => {
    await states.save('board', { v: 0 }, 1n, null);
    const results = await Promise.allSettled([states.save('board', { v: 'a' }, 2n, 1n), states.save('board', { v: 'b' }, 5n, 1n)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const { state, position } = await states.load('board');
    expect([JSON.stringify({ state, position: String(position) })]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(\{"state":\{"v":"a"\},"position":"2"\}|\{"state":\{"v":"b"\},"position":"5"\})$/)]),
    );
  });
});

describeWithPostgres('PostgreSQL migrations', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = testPool(4);
  });
  afterAll(() => pool.end());

  it('apply once, record their versions, and are safe to run concurrently', async () => {
    const schema = freshSchemaName('mig');
    try {
      const runs = await Promise.all([migrate(pool, schema), migrate(pool, schema), migrate(pool, schema)]);
      expect(runs.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
      expect(await migrate(pool, schema)).toEqual([]);
      const recorded = await pool.query(`SELECT version FROM "${schema}".migrations ORDER BY version`);
      expect(recorded.rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await dropSchema(pool, schema);
    }
  });
});
