import { sqliteEventStore } from '@samsyn/store-sqlite';
import type { AnyProjection } from '../projection';
import { allProjections } from '../all-projections';
import { directoryProjection } from '../directory/directory.projection';
import { stakeholderHistoryProjection } from '../stakeholder-history/stakeholder-history.projection';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { HistoryWriter } from '../testing/history-writer';
import { writeScenario } from '../testing/scenario';
import { ProjectionRunner, type ProjectionFailure } from './projection-runner';

/** Keeps the ids it saw, and throws — after changing its state — on a stakeholder named `boom`. */
const fragile = (): AnyProjection => ({
  name: 'fragile',
  version: 1,
  initialState: () => ({ ids: [] as string[] }),
  apply: (s: { ids: string[] }, e) => {
    if (e.type !== 'StakeholderRegistered') return s;
    s.ids.push(e.data.id);
    if (e.data.id === 'boom') throw new Error('cannot fold boom');
    return s;
  },
});

const register = (w: HistoryWriter, id: string) => w.emit(`stakeholder-${id}`, { type: 'StakeholderRegistered', data: { id, name: id.toUpperCase(), kind: 'office' } });

describe('a projection that throws on an event', () => {
  it('is set aside with that event; the others go on, live, and it keeps its last good state', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const states = sqliteProjectionStateStore({ path: ':memory:' });
    const w = new HistoryWriter(store);
    await register(w, 'a');
    const boom = await register(w, 'boom');
    await register(w, 'b');
    const reported: ProjectionFailure[] = [];
    const runner = new ProjectionRunner({ store, stateStore: states, projections: [fragile(), ...allProjections()], persistEvery: 1, onProjectionFailed: (f) => reported.push(f) });
    await runner.start(); // resolves: one projection's fault does not stop the read side
    await runner.restored();
    const failure = { projection: 'fragile', position: boom.toString(), type: 'StakeholderRegistered', streamId: 'stakeholder-boom', error: 'cannot fold boom', standsAt: '1' };
    expect(runner.failures()).toEqual([failure]);
    expect(reported).toEqual([failure]);
    // its state as it was before the failing event, not the half-applied one
    expect(runner.state('fragile')).toEqual({ ids: ['a'] });
    expect(runner.positionOf('fragile')).toBe(1n);
    // the others applied everything and follow new events; waits do not hang on the failed one
    const c = await register(w, 'c');
    expect(await runner.waitForPosition(c, 2000)).toBe(true);
    expect(runner.position()).toBe(c);
    expect(Object.keys(runner.state<any>('directory').stakeholders)).toEqual(['a', 'boom', 'b', 'c']);
    await runner.stop();
    // never saved past its last good position
    expect((await states.load('fragile@v1')).position).toBe(1n);
    expect((await states.load(`directory@v${directoryProjection.version}`)).position).toBe(c);

    // the next start fails the same way, and still starts; a rebuild of another projection keeps the record
    const again = new ProjectionRunner({ store, stateStore: states, projections: [fragile(), ...allProjections()] });
    await again.start();
    await again.restored();
    expect(again.failures()).toEqual([failure]);
    expect(again.state('fragile')).toEqual({ ids: ['a'] });
    await again.rebuild('directory');
    expect(again.failures()).toEqual([failure]);
    await again.stop();
    states.close();
    await store.close();
  });

  it('when every projection fails the catch-up ends instead of reading the history again and again', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const w = new HistoryWriter(store);
    await register(w, 'boom');
    for (let i = 0; i < 30; i++) await register(w, `s${i}`);
    const states = sqliteProjectionStateStore({ path: ':memory:' });
    const runner = new ProjectionRunner({ store, stateStore: states, projections: [fragile()], pageSize: 4 });
    await runner.start();
    expect(runner.failures().map((f) => f.position)).toEqual(['1']);
    await runner.stop();
    states.close();
    await store.close();
  });
});

describe('saved states', () => {
  it('a rebuild replaces the saved state even when the rebuilt one stands at the same position', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    await writeScenario(store);
    const head = (await store.headPosition())!;
    const states = sqliteProjectionStateStore({ path: ':memory:' });
    // A saved state that is caught up but wrong (a fold fixed since, a damaged file).
    await states.save(`directory@v${directoryProjection.version}`, { stakeholders: { wrong: { id: 'wrong' } }, bodies: {}, terms: {}, systems: {} }, head, null);
    const runner = new ProjectionRunner({ store, stateStore: states, projections: [directoryProjection] });
    await runner.rebuild();
    const saved = (await states.load(`directory@v${directoryProjection.version}`)) as { state: { stakeholders: Record<string, unknown> }; position: bigint };
    expect(saved.position).toBe(head);
    expect(Object.keys(saved.state.stakeholders)).toEqual(['ksn', 'fsn', 'uhem']);
    states.close();
    await store.close();
  });

  it('a state saved whole by the previous version, with ids such as constructor, loads and folds on', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const w = new HistoryWriter(store);
    await register(w, 'constructor');
    // What JSON.parse gives for a state written as one JSON text: plain objects.
    const legacy = JSON.parse('{"entries":{"constructor":["1"]},"participants":{},"deviationOf":{}}');
    const loads = { load: async () => ({ state: legacy, position: 1n }), save: async () => undefined };
    const runner = new ProjectionRunner({ store, stateStore: loads, projections: [stakeholderHistoryProjection] });
    await runner.start();
    await register(w, 'toString');
    const p = await w.emit('stakeholder-constructor', { type: 'StakeholderRenamed', data: { id: 'constructor', name: 'C2', previousName: 'CONSTRUCTOR' } });
    expect(await runner.waitForPosition(p, 2000)).toBe(true);
    expect(runner.failures()).toEqual([]);
    const entries = runner.state<any>('stakeholder-history').entries;
    expect(entries.constructor).toEqual(['1', '3']);
    expect(entries.toString).toEqual(['2']);
    expect(entries.valueOf).toBeUndefined();
    await runner.stop();
    await store.close();
  });
});
