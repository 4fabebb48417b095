import { CheckpointConflictError } from '../state-store/projection-state-store.port';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { processRegistered, processRevised, proposalDecided, proposalSubmitted, reviewSubmitted } from '../testing/given-events';
import { processHistoryRowsProjection, type ProcessHistoryRows } from '../process-history/process-history.rows';
import type { ProjectedEvent } from '../projection';
import { proposalsRowsProjection, type ProposalRows } from '../proposals/proposals.rows';
import { withVersionedRows } from './versioned-state-store';
import { openVersionedRowsDb, VersionedTable } from './versioned-table';

const at = (e: { type: string; data: unknown }, position: number): ProjectedEvent =>
  ({ ...e, streamId: 'proposal-p1', revision: BigInt(position - 1), position: BigInt(position), metadata: { actor: 'a', occurredAt: `2026-01-01T00:0${position}:00.000Z`, correlationId: 'c', causationId: null } }) as ProjectedEvent;

describe('row-stored read models in the state store (docs/read-model-storage.md)', () => {
  const db = openVersionedRowsDb(':memory:');
  const table = new VersionedTable(db, 'proposals');
  const base = sqliteProjectionStateStore({ path: ':memory:' });
  const { states, snapshots } = withVersionedRows(base, base, new Map([['proposals@v2', table]]));
  const projection = proposalsRowsProjection(table);
  afterAll(() => {
    db.close();
    base.close();
  });

  it('saves rows with the checkpoint, compare-and-set; a load answers the checkpoint; no snapshots', async () => {
    expect(await states.load('proposals@v2')).toEqual({ state: null, position: null });
    const s = projection.apply(projection.initialState(), at(proposalSubmitted('p1'), 1));
    await states.save('proposals@v2', s, 1n, null);
    expect(s.versions).toEqual([]);
    const loaded = await states.load('proposals@v2');
    expect(loaded.position).toBe(1n);
    const revived = projection.revive!(loaded.state as ProposalRows);
    expect(revived.recordAt('p1', null)).toMatchObject({ id: 'p1', status: 'submitted', lastPosition: '1' });
    projection.apply(revived, at(reviewSubmitted('p1', 'ksn', 'accept'), 2));
    // Another runner moved the checkpoint meanwhile: nothing of this save lands.
    await expect(states.save('proposals@v2', revived, 2n, null)).rejects.toBeInstanceOf(CheckpointConflictError);
    expect(table.recordAt('p1', 2)?.entries).toEqual([]);
    await states.save('proposals@v2', revived, 2n, 1n);
    expect(table.recordAt('p1', 2)?.entries.map((e) => e.list)).toEqual(['reviews']);
    await snapshots.saveSnapshot('proposals@v2', { position: 2n, occurredAt: '2026-01-01T00:02:00.000Z', state: revived });
    expect(await snapshots.latestSnapshot('proposals@v2', { position: 2n })).toBeNull();
  });

  it('a rebuilt (fresh) state replaces the rows in its first save; until then it reads only its own', async () => {
    const fresh = projection.initialState();
    expect(fresh.recordsAt(null)).toEqual([]);
    const other = { ...proposalSubmitted('p2'), streamId: 'proposal-p2' };
    projection.apply(fresh, { ...at(other, 3), streamId: 'proposal-p2' });
    expect(fresh.recordsAt(null).map((p) => p.id)).toEqual(['p2']);
    await states.save('proposals@v2', fresh, 3n, 2n);
    expect(table.recordsAt(3).versions.map((v) => v.id)).toEqual(['p2']);
  });

  it('refuses a list that shrinks: rows of a list are never taken back', () => {
    const s = projection.initialState();
    projection.apply(s, at(proposalSubmitted('p1'), 1));
    projection.apply(s, at(reviewSubmitted('p1', 'ksn', 'accept'), 2));
    expect(() => projection.apply(s, at(proposalSubmitted('p1'), 3))).toThrow(/shrank/);
  });

  it('the carry (state of no record) is saved with the checkpoint: a decision waiting across a restart still lands on its revision', async () => {
    const histories = new VersionedTable(db, 'process_history');
    const stores = withVersionedRows(base, base, new Map([['process-history@v2', histories]]));
    const ph = processHistoryRowsProjection(histories);
    const s = ph.apply(ph.apply(ph.initialState(), at(processRegistered(), 1)), at(proposalDecided('p1', 'approve', 'adm'), 2));
    await stores.states.save('process-history@v2', s, 2n, null);
    const revived = ph.revive!((await stores.states.load('process-history@v2')).state as ProcessHistoryRows);
    expect({ ...(revived.carry as object) }).toMatchObject({ p1: { by: 'body', body: 'adm' } });
    ph.apply(revived, at(processRevised(2, 'p1'), 3));
    expect(revived.recordAt('VA-01', null)?.revisions[1].decision).toMatchObject({ by: 'body', body: 'adm' });
    await stores.states.save('process-history@v2', revived, 3n, 2n);
    expect(histories.carried('process-history@v2')).toBe('{}');
  });
});
