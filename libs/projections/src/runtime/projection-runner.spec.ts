import { sqliteEventStore } from '@samsyn/store-sqlite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allProjections } from '../all-projections';
import { catalogueProjection } from '../catalogue/catalogue.projection';
import type { AnyProjection } from '../projection';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import type { ProjectionStateStore } from '../state-store/projection-state-store.port';
import { writeScenario } from '../testing/scenario';
import { HistoryWriter } from '../testing/history-writer';
import { ProjectionRunner, UnknownProjectionError } from './projection-runner';

/** Counts how often each event reaches a projection: a double application shows up here. */
const counting = (): AnyProjection & { name: string } => ({
  name: 'counter',
  version: 1,
  initialState: () => ({ seen: [] as string[] }),
  apply: (s: { seen: string[] }, e) => {
    s.seen.push(e.position.toString());
    return s;
  },
});

/** A state store that dies on the `failOn`-th save: the process crashed between applying events and checkpointing them. */
const crashingOn = (inner: ProjectionStateStore, failOn: number): ProjectionStateStore => {
  let saves = 0;
  return {
    load: (n) => inner.load(n),
    save: async (n, s, p, e) => {
      if (++saves === failOn) throw new Error('power cut');
      return inner.save(n, s, p, e);
    },
  };
};

describe('ProjectionRunner', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samsyn-runner-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('resumes after a crash between applying and checkpointing: nothing missed, nothing doubled', async () => {
    const store = sqliteEventStore({ path: join(dir, 'events.sqlite') });
    await writeScenario(store);
    const head = (await store.headPosition())!;
    const statePath = join(dir, 'projections.sqlite');

    const states1 = sqliteProjectionStateStore({ path: statePath });
    const errors: unknown[] = [];
    const crashed = new ProjectionRunner({
      store,
      stateStore: crashingOn(states1, 4),
      projections: [counting(), ...allProjections()],
      persistEvery: 5,
      onError: (e) => errors.push(e),
    });
    await expect(crashed.start()).rejects.toThrow('power cut');
    expect(errors).toHaveLength(1);
    await crashed.stop(); // a dead runner does not persist its unsaved work
    const saved = await states1.load('counter@v1');
    expect(saved.position).toBe(5n);
    states1.close();

    // More events arrive while nothing runs.
    const w = new HistoryWriter(store, '2025-01-01T00:00:00.000Z');
    await w.emit('stakeholder-new', { type: 'StakeholderRegistered', data: { id: 'new', name: 'New', kind: 'office' } });

    const states2 = sqliteProjectionStateStore({ path: statePath });
    const restarted = new ProjectionRunner({ store, stateStore: states2, projections: [counting(), ...allProjections()], persistEvery: 5 });
    await restarted.start();
    expect(await restarted.waitForPosition(head + 1n, 1000)).toBe(true);
    const seen = restarted.state<{ seen: string[] }>('counter').seen;
    expect(seen).toEqual(Array.from({ length: Number(head) + 1 }, (_, i) => String(i + 1)));

    const fresh = new ProjectionRunner({ store, stateStore: sqliteProjectionStateStore({ path: ':memory:' }), projections: allProjections() });
    await fresh.start();
    for (const p of allProjections()) expect(JSON.stringify(restarted.state(p.name))).toBe(JSON.stringify(fresh.state(p.name)));
    await restarted.stop();
    await fresh.stop();

    // Stopping persisted everything: a third start applies nothing again.
    const third = new ProjectionRunner({ store, stateStore: states2, projections: [counting()], persistEvery: 1000 });
    await third.start();
    expect(third.state<{ seen: string[] }>('counter').seen).toHaveLength(Number(head) + 1);
    await third.stop();
    states2.close();
    await store.close();
  });

  it('waitForPosition resolves on live events and times out with false', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const runner = new ProjectionRunner({ store, stateStore: sqliteProjectionStateStore({ path: ':memory:' }), projections: allProjections() });
    await runner.start();
    expect(await runner.waitForPosition(1n, 20)).toBe(false);
    const w = new HistoryWriter(store);
    const waiting = runner.waitForPosition(2n, 2000);
    await w.emit('stakeholder-a', { type: 'StakeholderRegistered', data: { id: 'a', name: 'A', kind: 'office' } });
    const p = await w.emit('stakeholder-b', { type: 'StakeholderRegistered', data: { id: 'b', name: 'B', kind: 'office' } });
    expect(p).toBe(2n);
    expect(await waiting).toBe(true);
    expect(Object.keys(runner.state<any>('directory').stakeholders)).toEqual(['a', 'b']);
    await runner.stop();
    await store.close();
  });

  it('rebuild drops one projection (or all) and replays it to the same state', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await writeScenario(store);
    const states = sqliteProjectionStateStore({ path: ':memory:' });
    const runner = new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), snapshotEvery: 10 });
    await runner.start();
    const before = JSON.stringify(runner.state('catalogue'));
    const progress: bigint[] = [];
    await runner.rebuild('catalogue', (p) => progress.push(p));
    expect(progress.length).toBe(Number(await store.headPosition()));
    expect(JSON.stringify(runner.state('catalogue'))).toBe(before);
    await runner.rebuild();
    expect(JSON.stringify(runner.state('catalogue'))).toBe(before);
    await expect(runner.rebuild('nope')).rejects.toThrow(UnknownProjectionError);
    // still live after a rebuild
    const w = new HistoryWriter(store, '2030-01-01T00:00:00.000Z');
    const p = await w.emit('stakeholder-z', { type: 'StakeholderRegistered', data: { id: 'z', name: 'Z', kind: 'office' } });
    expect(await runner.waitForPosition(p, 1000)).toBe(true);
    await runner.stop();
    expect((await states.load(`catalogue@v${catalogueProjection.version}`)).position).toBe(p);
    states.close();
    await store.close();
  });

  it('a stored state of another projection version is not resumed', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await writeScenario(store);
    const states = sqliteProjectionStateStore({ path: ':memory:' });
    await states.save(`catalogue@v${catalogueProjection.version}`, { processes: {}, openProposalProcess: {} }, 999n, null);
    const v2 = { ...catalogueProjection, version: catalogueProjection.version + 1 };
    const runner = new ProjectionRunner({ store, stateStore: states, projections: [v2] });
    await runner.start();
    expect(Object.keys(runner.state<any>('catalogue').processes)).toEqual(['VA-01']);
    await runner.stop();
    states.close();
    await store.close();
  });
});
