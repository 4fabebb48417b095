import type { AnyProjection, Projection } from '../projection';
import { type RowModel, VersionedRowsState } from './versioned-state';
import type { VersionedTable } from './versioned-table';

/**
 * A read model kept in the projection store's system-versioned rows instead of the heap
 * (SAMSYN_READ_MODEL_ROWS; docs/read-model-storage.md). Same name and version as the heap's
 * projection, so the runner, the rebuild and the queries take it in its place; its state is the
 * rows (and what was folded since the last save), its saves fixed in interval.
 */
export const rowsProjection = <R>(heap: AnyProjection, model: RowModel<R>, table: VersionedTable): Projection<VersionedRowsState<R>> => ({
  name: heap.name,
  version: heap.version,
  eventTypes: heap.eventTypes,
  fixedSaveInterval: true,
  initialState: () => new VersionedRowsState(model, table, true, null),
  revive: () => new VersionedRowsState(model, table, false, table.checkpoint(model.key)),
  apply: (s, e) => s.apply(e),
});
