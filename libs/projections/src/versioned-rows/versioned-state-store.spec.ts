import { CheckpointConflictError } from '../state-store/projection-state-store.port';
import { sqliteProjectionStateStore } from '../state-store/sqlite-projection-state-store';
import { proposalSubmitted, reviewSubmitted } from '../testing/given-events';
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
});
