import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import type { EventStore } from '@samsyn/event-store';
import { writeScenario } from './scenario';

/**
 * A describe block's read side over testing/scenario.ts: an in-memory store with the scenario
 * written, every projection run to its end (saving and snapshotting often, so as-of answers start
 * from snapshots), and the queries over them; closed after the block. `marks` are the scenario's
 * (or those of the history `write` writes instead; its `end` is waited for).
 */
export const scenarioQueries = (write: (store: EventStore) => Promise<{ marks: Record<string, bigint> }> = writeScenario) => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), persistEvery: 7, snapshotEvery: 5 });
  const world = { q: new ProjectionQueries({ store, runner, snapshots: states }), marks: {} as Record<string, bigint>, store };
  beforeAll(async () => {
    world.marks = (await write(store)).marks;
    await runner.start();
    expect(await runner.waitForPosition(world.marks.end, 2000)).toBe(true);
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    states.close();
  });
  return world;
};
