import { toProjectedEvent } from '../projection';
import type { AsOf } from '../read-model-queries.port';
import { positionLte } from '../queries/positions';
import type { ReadModelReader } from '../queries/read-model-reader';
import { isVersionedRowsState } from '../versioned-rows/versioned-state';
import { proposalsProjection, type ProposalRecord, type ProposalsState } from './proposals.projection';
import type { ProposalRows } from './proposals.rows';

/** A proposal's record refolded from its own stream up to `at` (a proposal's events are all in its stream). */
const refold = async (read: ReadModelReader, p: ProposalRecord, at: bigint): Promise<ProposalRecord | undefined> => {
  const projection = read.configured(proposalsProjection);
  let state: ProposalsState = projection.initialState();
  for (const e of await read.store.readStream(p.streamId)) {
    if (e.position > at) break;
    state = projection.apply(state, toProjectedEvent(e, read.upcast));
  }
  return state.proposals[p.id];
};

/**
 * A proposal as of `at`: absent before its submission, the live record once it stopped changing,
 * otherwise refolded from its own stream up to `at`.
 */
export const proposalAt = async (read: ReadModelReader, p: ProposalRecord, at: string): Promise<ProposalRecord | undefined> => {
  if (!positionLte(p.position, at)) return undefined;
  if (positionLte(p.lastPosition, at)) return p;
  return refold(read, p, BigInt(at));
};

/** The board's state when it is kept as rows (proposals.rows.ts), else null. */
const rowsOf = (state: unknown): ProposalRows | null => (isVersionedRowsState(state) ? (state as ProposalRows) : null);

/** One proposal as of a moment: from the live record when a runner has it, else replayed. */
export const proposalAsOf = async (read: ReadModelReader, id: string, asOf: AsOf): Promise<ProposalRecord | undefined> => {
  const t = await read.live(proposalsProjection, asOf);
  if (!t) {
    const state = await read.state(proposalsProjection, asOf);
    const rows = rowsOf(state);
    return rows ? rows.recordAt(id, null) : state.proposals[id];
  }
  // Rows: as of the position is a condition on the rows, no refold (docs/read-model-storage.md).
  const rows = rowsOf(t.state);
  if (rows) return rows.recordAt(id, BigInt(t.at));
  const live = t.state.proposals[id];
  return live && proposalAt(read, live, t.at);
};

/** Every proposal as it was (the live records, refolding only those that changed after the target). */
export const proposalRecordsAsOf = async (read: ReadModelReader, asOf: AsOf): Promise<ProposalRecord[]> => {
  const t = await read.live(proposalsProjection, asOf);
  if (!t) {
    const state = await read.state(proposalsProjection, asOf);
    const rows = rowsOf(state);
    return rows ? rows.recordsAt(null) : Object.values(state.proposals);
  }
  const rows = rowsOf(t.state);
  if (rows) return rows.recordsAt(BigInt(t.at));
  const out: ProposalRecord[] = [];
  const inFlight: number[] = [];
  for (const p of Object.values(t.state.proposals)) {
    if (!positionLte(p.position, t.at)) continue;
    // Most records stopped changing before the target: no await for those.
    if (!positionLte(p.lastPosition, t.at)) inFlight.push(out.length);
    out.push(p);
  }
  for (const i of inFlight) out[i] = (await refold(read, out[i], BigInt(t.at)))!;
  return out;
};
