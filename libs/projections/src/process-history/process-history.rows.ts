import { dict } from '@samsyn/domain/shared/dict';
import { type Projection, stateKeyOf } from '../projection';
import type { RowModel } from '../versioned-rows/versioned-state';
import { VersionedRowsState } from '../versioned-rows/versioned-state';
import type { VersionedTable } from '../versioned-rows/versioned-table';
import { rowsProjection } from '../versioned-rows/rows-projection';
import { processHistoryProjection, type ProcessHistoryState } from './process-history.projection';

type ProcessHistory = ProcessHistoryState['processes'][string];

/** The events about one process's history (the proposal events only move the waiting decisions). */
const aboutProcess = new Set(['ProcessRegistered', 'ProcessRevised', 'AdoptionRecorded']);

/**
 * A process's history as rows: one version when it is registered, its revisions and adoptions as
 * entries. The decisions waiting for their revision belong to no process: they are the carry,
 * saved whole with the checkpoint (a handful at any time; docs/read-model-storage.md).
 */
export const processHistoryRowModel: RowModel<ProcessHistory> = {
  key: stateKeyOf(processHistoryProjection),
  idOf: (e) => (aboutProcess.has(e.type) ? (e.data as { id: string }).id : undefined),
  fold(record, e, carry) {
    // The read model's own fold on a state of one process and the waiting decisions.
    const s: ProcessHistoryState = { processes: dict(), pendingDecisions: carry as ProcessHistoryState['pendingDecisions'] };
    const id = (e.data as { id: string }).id;
    if (record) s.processes[id] = record;
    return processHistoryProjection.apply(s, e).processes[id];
  },
  carry: () => dict(),
  lists: ['revisions', 'adoptions'],
};

export type ProcessHistoryRows = VersionedRowsState<ProcessHistory>;

/** SAMSYN_READ_MODEL_ROWS=process-history: kept as rows (docs/read-model-storage.md). */
export const processHistoryRowsProjection = (table: VersionedTable): Projection<ProcessHistoryRows> => rowsProjection(processHistoryProjection, processHistoryRowModel, table);
