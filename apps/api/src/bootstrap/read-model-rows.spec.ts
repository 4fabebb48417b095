import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteProjectionStateStore } from '@samsyn/projections/state-store/sqlite-projection-state-store';
import { writeScenario } from '@samsyn/projections/testing/scenario';
import { sqliteEventStore } from '@samsyn/store-sqlite';
import { configFromEnv } from '../infrastructure/config/api-config';
import { openRuntime } from './samsyn-runtime';

const clock = { now: () => '2026-12-01T12:00:00.000Z' };

/** SAMSYN_READ_MODEL_ROWS (docs/read-model-storage.md): read models kept as rows in projections.sqlite. */
describe('read models kept as system-versioned rows', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samsyn-rows-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the setting names read models that can be kept as rows, none by default', () => {
    expect(configFromEnv({}).readModelRows).toEqual([]);
    expect(configFromEnv({ SAMSYN_READ_MODEL_ROWS: ' proposals ,' }).readModelRows).toEqual(['proposals']);
    expect(() => configFromEnv({ SAMSYN_READ_MODEL_ROWS: 'catalogue' })).toThrow(/SAMSYN_READ_MODEL_ROWS: "catalogue" cannot be kept as rows \(only: proposals, process-history, my-work, stakeholder-history\)/);
  });

  it('is refused with the read models’ state in PostgreSQL: rows and their checkpoint live in one file', async () => {
    const store = sqliteEventStore({ path: ':memory:' });
    const elsewhere = sqliteProjectionStateStore({ path: ':memory:' });
    await expect(openRuntime({ store, clock, projectionsPath: ':memory:', stateStore: elsewhere, readModelRows: ['proposals'] })).rejects.toThrow(/needs SAMSYN_PROJECTION_STATE=sqlite/);
    elsewhere.close();
    await store.close();
  });

  it('answers as the heap does, keeps its rows in projections.sqlite and starts from them again', async () => {
    const eventsPath = path.join(dir, 'events.sqlite');
    const projectionsPath = path.join(dir, 'projections.sqlite');
    const writer = sqliteEventStore({ path: eventsPath });
    const { marks } = await writeScenario(writer);
    await writer.close();
    const open = (rows: string[], at: string) => openRuntime({ store: sqliteEventStore({ path: eventsPath }), clock, projectionsPath: path.join(dir, at), readModelRows: rows });

    const heap = await open([], 'heap.sqlite');
    const answers = async (r: typeof heap) => [await r.queries.proposals({}), await r.queries.proposals({}, { position: marks.p2Escalated }), await r.queries.governanceReport()];
    const expected = await answers(heap);
    await heap.close();

    const rows = await open(['proposals'], 'projections.sqlite');
    expect(await answers(rows)).toEqual(expected);
    await rows.close();
    const db = new Database(projectionsPath, { readonly: true });
    expect(db.prepare('SELECT position FROM rm_checkpoint WHERE name = ?').get('proposals@v2')).toEqual({ position: Number(marks.end) });
    expect((db.prepare('SELECT count(*) AS n FROM rm_proposals_version WHERE valid_to IS NULL').get() as { n: number }).n).toBe((expected[0] as unknown[]).length);
    db.close();

    const again = await open(['proposals'], 'projections.sqlite');
    expect(await answers(again)).toEqual(expected);
    await again.close();
  });
});
