import Database from 'better-sqlite3';
import { allProjections, ProjectionRunner, sqliteProjectionStateStore } from '@samsyn/projections';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { ratio, round } from '../support/stats';

/**
 * Workload 3: every projection rebuilt from the whole history (the runner on the store's catch-up
 * subscription: read, upcast, apply, save state with checkpoint; no time-travel snapshots), against
 * the floor: read every event row and JSON.parse its data and metadata.
 */
export interface RebuildResults {
  events: number;
  projections: string[];
  rebuild: { seconds: number; eventsPerSecond: number };
  baselineReadAndParse: { seconds: number; eventsPerSecond: number };
  ratioToBaseline: number;
}

export async function rebuildWorkload(path: string, events: number): Promise<RebuildResults> {
  const db = new Database(path, { readonly: true });
  let t = performance.now();
  let parsed = 0;
  for (const row of db.prepare('SELECT data, metadata FROM events ORDER BY position').iterate() as IterableIterator<{ data: string; metadata: string }>) {
    JSON.parse(row.data);
    JSON.parse(row.metadata);
    parsed++;
  }
  const baseSeconds = (performance.now() - t) / 1000;
  db.close();

  const store = sqliteEventStore({ path });
  const stateStore = sqliteProjectionStateStore({ path: ':memory:' });
  const projections = allProjections();
  const runner = new ProjectionRunner({ store, stateStore, projections, persistEvery: 250_000, snapshotEvery: 0 });
  t = performance.now();
  await runner.start();
  const seconds = (performance.now() - t) / 1000;
  await runner.stop();
  stateStore.close();
  await store.close();
  if (parsed !== events) throw new Error(`baseline read ${parsed} events, expected ${events}`);
  return {
    events,
    projections: projections.map((p) => p.name),
    rebuild: { seconds: round(seconds, 2), eventsPerSecond: round(events / seconds) },
    baselineReadAndParse: { seconds: round(baseSeconds, 2), eventsPerSecond: round(events / baseSeconds) },
    ratioToBaseline: ratio(baseSeconds, seconds),
  };
}
