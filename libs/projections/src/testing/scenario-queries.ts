import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { ProjectionRunner } from '../runtime/projection-runner';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { writeScenario } from './scenario';

/**
 * A describe block's read side over testing/scenario.ts: an in-memory store with the scenario
 * written, every projection run to its end (saving and snapshotting often, so as-of answers start
 * from snapshots), and the queries over them; closed after the block. `marks` are the scenario's.
 */
export const scenarioQueries = () => {
  const store = sqliteEventStore({ path: ':memory:' });
  const states = sqliteProjectionStateStore({ path: ':memory:' });
  const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), persistEvery: 7, snapshotEvery: 5 });
  const world = { q: new ProjectionQueries({ store, runner, snapshots: states }), marks: {} as Record<string, bigint> };
  beforeAll(async () => {
    world.marks = (await writeScenario(store)).marks;
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
