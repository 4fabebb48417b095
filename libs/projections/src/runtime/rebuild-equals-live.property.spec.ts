import fc from 'fast-check';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { allProjections } from '../all-projections';
import { ProjectionQueries } from '../queries/projection-queries';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { HistoryWriter } from '../testing/history-writer';
import { randomHistory } from '../testing/random-history';
import { writeWithRestarts } from '../testing/write-with-restarts';
import { ProjectionRunner } from './projection-runner';
import { stateAsOf } from './time-travel';

/**
 * Live = incremental through runners that are stopped and restarted (and sometimes crash without
 * persisting) while the history is being written; rebuild = one fresh fold. They must agree,
 * and so must every read model as of a random past position with the snapshots taken live.
 */
describe('full rebuild equals the live read model (property)', () => {
  it('holds for long random histories with restarts, crashes and snapshots in between', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(9), fc.nat(10_000)), { minLength: 50, maxLength: 400 }),
        fc.array(fc.nat(400), { maxLength: 4 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 40 }),
        fc.nat(1000),
        async (steps, cuts, persistEvery, snapshotEvery, probe) => {
          const store = sqliteEventStore({ path: ':memory:' });
          const states = sqliteProjectionStateStore({ path: ':memory:' });
          const w = new HistoryWriter(store, '2024-01-01T00:00:00.000Z', 60_000);
          const runnerOf = () => new ProjectionRunner({ store, stateStore: states, snapshots: states, projections: allProjections(), persistEvery, snapshotEvery });
          const runner = await writeWithRestarts(w, randomHistory(steps), cuts, runnerOf);
          const head = await store.headPosition();
          if (head !== null) expect(await runner.waitForPosition(head, 5000)).toBe(true);

          const fresh = new ProjectionRunner({ store, stateStore: sqliteProjectionStateStore({ path: ':memory:' }), projections: allProjections() });
          await fresh.start();
          for (const p of allProjections()) expect(JSON.stringify(runner.state(p.name))).toBe(JSON.stringify(fresh.state(p.name)));

          if (head !== null) {
            const at = BigInt(1 + (probe % Number(head)));
            const live = new ProjectionQueries({ store, snapshots: states });
            const replayed = new ProjectionQueries({ store });
            expect(await live.catalogue({ position: at })).toEqual(await replayed.catalogue({ position: at }));
            expect(await live.proposals({}, { position: at })).toEqual(await replayed.proposals({}, { position: at }));
            expect(await live.governanceReport({ position: at })).toEqual(await replayed.governanceReport({ position: at }));
            // Cut from the runner's live state (no snapshot, no replay) = replayed from nothing.
            const cut = new ProjectionQueries({ store, runner: fresh, snapshots: states });
            for (const asOf of [{ position: at }, { position: at - 1n }, { instant: new Date(Date.parse('2024-01-01T00:00:00.000Z') + Number(at) * 60_000 + 30_000).toISOString() }]) {
              expect(await cut.proposals({}, asOf)).toEqual(await replayed.proposals({}, asOf));
              expect(await cut.governanceReport(asOf)).toEqual(await replayed.governanceReport(asOf));
              expect(await cut.harmonizationReport(asOf)).toEqual(await replayed.harmonizationReport(asOf));
              expect(await cut.proposal('x0', asOf)).toEqual(await replayed.proposal('x0', asOf));
              for (const process of ['P0', 'P1']) expect(await cut.revisions(process, asOf)).toEqual(await replayed.revisions(process, asOf));
              for (const s of ['s0', 's1', 's2']) expect(await cut.stakeholderHistory(s, asOf)).toEqual(await replayed.stakeholderHistory(s, asOf));
            }
            // A replay folds only the event types a projection declares; the runner folds them all.
            for (const p of allProjections()) expect(JSON.stringify((await stateAsOf(p, { position: head }, { store })).state)).toBe(JSON.stringify(fresh.state(p.name)));
          }
          await runner.stop();
          await fresh.stop();
          await store.close();
          states.close();
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
