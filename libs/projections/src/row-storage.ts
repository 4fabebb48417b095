import type { AnyProjection } from './projection';
import { stateKeyOf } from './projection';
import { myWorkRowsProjection } from './my-work/my-work.rows';
import { processHistoryRowsProjection } from './process-history/process-history.rows';
import { stakeholderHistoryRowsProjection } from './stakeholder-history/stakeholder-history.rows';
import { proposalsRowsProjection } from './proposals/proposals.rows';
import type { ProjectionSnapshotStore, ProjectionStateStore } from './state-store/projection-state-store.port';
import { withVersionedRows } from './versioned-rows/versioned-state-store';
import { openVersionedRowsDb, VersionedTable } from './versioned-rows/versioned-table';
import { isRowStorable, ROW_STORABLE_READ_MODELS, type RowStorableReadModel } from './row-storable';

const rowProjections: Record<RowStorableReadModel, (table: VersionedTable) => AnyProjection> = {
  proposals: proposalsRowsProjection,
  'process-history': processHistoryRowsProjection,
  'my-work': myWorkRowsProjection,
  'stakeholder-history': stakeholderHistoryRowsProjection,
};

export interface RowStorage {
  /** The projections given, the row-stored ones in place of their heap twins. */
  projections: AnyProjection[];
  states: ProjectionStateStore;
  snapshots: ProjectionSnapshotStore;
  close(): void;
}

/**
 * The read models named in `rows` kept in system-versioned tables of the SQLite file at `path`
 * (the projections' file); every other one as before, in `states` and `snapshots`.
 */
export const rowStorage = (options: {
  path: string;
  rows: readonly string[];
  projections: AnyProjection[];
  states: ProjectionStateStore;
  snapshots: ProjectionSnapshotStore;
}): RowStorage => {
  for (const name of options.rows) if (!isRowStorable(name)) throw new Error(`read model "${name}" cannot be kept as rows (only: ${ROW_STORABLE_READ_MODELS.join(', ')})`);
  const db = options.rows.length ? openVersionedRowsDb(options.path) : null;
  const tables = new Map<string, VersionedTable>();
  const projections = options.projections.map((p) => {
    if (!db || !options.rows.includes(p.name) || !isRowStorable(p.name)) return p;
    const table = new VersionedTable(db, p.name.replace(/-/g, '_'));
    const stored = rowProjections[p.name](table);
    tables.set(stateKeyOf(stored), table);
    return stored;
  });
  const wrapped = withVersionedRows(options.states, options.snapshots, tables);
  return { projections, ...wrapped, close: () => void (db?.open && db.close()) };
};
