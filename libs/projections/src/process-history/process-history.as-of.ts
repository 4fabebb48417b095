import { dict } from '@samsyn/domain/shared/dict';
import type { AsOf } from '../read-model-queries.port';
import { upTo } from '../queries/positions';
import type { ReadModelReader } from '../queries/read-model-reader';
import { isVersionedRowsState } from '../versioned-rows/versioned-state';
import { processHistoryProjection, type ProcessHistoryState } from './process-history.projection';
import type { ProcessHistoryRows } from './process-history.rows';

type ProcessHistory = ProcessHistoryState['processes'][string];

const ownPosition = (x: { position: string }) => x.position;

/** One process's revisions and adoptions as of `at` (null: not registered yet). */
export const processHistoryAt = (p: ProcessHistory | undefined, at: string): ProcessHistory | null => {
  if (!p) return null;
  const revisions = upTo(p.revisions, at, ownPosition);
  return revisions.length === 0 ? null : { revisions, adoptions: upTo(p.adoptions, at, ownPosition) };
};

/** The whole history state as of `at` (what the reports read; decisions pending then are not kept). */
export const processHistoryStateAt = (s: ProcessHistoryState, at: string): ProcessHistoryState => {
  const processes: ProcessHistoryState['processes'] = dict();
  for (const [id, p] of Object.entries(s.processes)) {
    const cut = processHistoryAt(p, at);
    if (cut) processes[id] = cut;
  }
  return { processes, pendingDecisions: dict() };
};

/** The histories' state when they are kept as rows (process-history.rows.ts), else null. */
const rowsOf = (state: unknown): ProcessHistoryRows | null => (isVersionedRowsState(state) ? (state as ProcessHistoryRows) : null);

/** The rows as of `at` (null: as they stand) as the heap's state, without the waiting decisions (as processHistoryStateAt). */
const stateOfRows = (rows: ProcessHistoryRows, at: bigint | null): ProcessHistoryState => {
  const processes: ProcessHistoryState['processes'] = dict();
  for (const [id, p] of rows.keyedRecordsAt(at)) processes[id] = p;
  return { processes, pendingDecisions: dict() };
};

/** One process's history as of a moment: cut from the live state (a condition on the rows when
 * kept as rows), or replayed when no runner has it. */
export const processHistoryAsOf = async (read: ReadModelReader, id: string, asOf: AsOf): Promise<ProcessHistory | null> => {
  const t = await read.live(processHistoryProjection, asOf);
  const state = t ? t.state : await read.state(processHistoryProjection, asOf);
  const rows = rowsOf(state);
  if (rows) return rows.recordAt(id, t ? BigInt(t.at) : null) ?? null;
  if (t) return processHistoryAt(t.state.processes[id], t.at);
  return state.processes[id] ?? null;
};

/** The whole history state as of a moment, likewise. */
export const processHistoryStateAsOf = async (read: ReadModelReader, asOf: AsOf): Promise<ProcessHistoryState> => {
  const t = await read.live(processHistoryProjection, asOf);
  const state = t ? t.state : await read.state(processHistoryProjection, asOf);
  const rows = rowsOf(state);
  if (rows) return stateOfRows(rows, t ? BigInt(t.at) : null);
  if (!t) return state;
  return asOf === undefined ? t.state : processHistoryStateAt(t.state, t.at);
};
