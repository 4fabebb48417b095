import type { ProjectionSnapshotStore, ProjectionStateStore } from '../state-store/projection-state-store.port';
import { ROWS_STATE, VersionedRowsState } from './versioned-state';
import type { VersionedTable } from './versioned-table';

/**
 * The runner's state and snapshot stores with the row-stored read models taken out: their save is
 * the row tables' commit — rows and checkpoint in one transaction (docs/read-model-storage.md) —
 * their load the checkpoint, and they have no snapshots (the rows are their history). Every other
 * read model goes to the stores given, as before.
 */
export const withVersionedRows = <T extends ProjectionStateStore, U extends ProjectionSnapshotStore>(
  states: T,
  snapshots: U,
  tables: ReadonlyMap<string, VersionedTable>,
): { states: ProjectionStateStore; snapshots: ProjectionSnapshotStore } => ({
  states: {
    async load(name) {
      const table = tables.get(name);
      if (!table) return states.load(name);
      const position = table.checkpoint(name);
      return { state: position === null ? null : ROWS_STATE, position };
    },
    async save(name, state, position, expected) {
      const table = tables.get(name);
      if (!table) return states.save(name, state, position, expected);
      if (!(state instanceof VersionedRowsState)) throw new Error(`${name} is row-stored: its state must be its rows`);
      table.commit(name, { fresh: state.fresh, versions: state.versions, entries: state.entries, carry: state.carryJson() }, position, expected);
      state.committed(position);
    },
  },
  snapshots: {
    async saveSnapshot(name, snapshot) {
      if (!tables.has(name)) await snapshots.saveSnapshot(name, snapshot);
    },
    async latestSnapshot(name, target) {
      return tables.has(name) ? null : snapshots.latestSnapshot(name, target);
    },
    async clearSnapshots(name) {
      if (!tables.has(name)) await snapshots.clearSnapshots(name);
    },
  },
});
