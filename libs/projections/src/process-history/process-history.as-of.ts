import { dict } from '@samsyn/domain/shared/dict';
import type { AsOf } from '../read-model-queries.port';
import { upTo } from '../queries/positions';
import type { ReadModelReader } from '../queries/read-model-reader';
import { processHistoryProjection, type ProcessHistoryState } from './process-history.projection';

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

/** One process's history as of a moment: cut from the live state, or replayed when no runner has it. */
export const processHistoryAsOf = async (read: ReadModelReader, id: string, asOf: AsOf): Promise<ProcessHistory | null> => {
  const t = await read.live(processHistoryProjection, asOf);
  if (t) return processHistoryAt(t.state.processes[id], t.at);
  return (await read.state(processHistoryProjection, asOf)).processes[id] ?? null;
};

/** The whole history state as of a moment, likewise. */
export const processHistoryStateAsOf = async (read: ReadModelReader, asOf: AsOf): Promise<ProcessHistoryState> => {
  const t = await read.live(processHistoryProjection, asOf);
  if (!t) return read.state(processHistoryProjection, asOf);
  return asOf === undefined ? t.state : processHistoryStateAt(t.state, t.at);
};
