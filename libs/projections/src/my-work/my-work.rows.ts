import { dict } from '@samsyn/domain/shared/dict';
import { type Projection, stateKeyOf } from '../projection';
import type { RowModel } from '../versioned-rows/versioned-state';
import { VersionedRowsState } from '../versioned-rows/versioned-state';
import type { VersionedTable } from '../versioned-rows/versioned-table';
import { rowsProjection } from '../versioned-rows/rows-projection';
import { myWorkProjection, type MyWorkState, type WorkBody, type WorkProcess, type WorkProposal } from './my-work.projection';

type WorkRecord = WorkProposal | WorkProcess | WorkBody;
type Kind = 'proposal' | 'process' | 'body';
const maps: Record<Kind, keyof MyWorkState> = { proposal: 'proposals', process: 'processes', body: 'bodies' };

/** The record an event is about, as `<kind>:<id>` (the three maps of the state share one table). */
const keyOf = (e: { type: string; data: unknown }): string | undefined => {
  const d = e.data as { id?: string; proposalId?: string; processId?: string };
  if (e.type === 'ReviewReminderSent' || e.type === 'BodyHoldReminderSent') return `proposal:${d.proposalId}`;
  if (e.type.startsWith('ProcessReview')) return `process:${d.processId}`;
  if (e.type.startsWith('GovernanceBody')) return `body:${d.id}`;
  if (e.type.startsWith('Process') || e.type === 'AdoptionRecorded' || e.type.startsWith('Deviation')) return `process:${d.id}`;
  return e.type.startsWith('Proposal') || e.type === 'ReviewSubmitted' ? `proposal:${d.id}` : undefined;
};

const split = (key: string): [Kind, string] => {
  const at = key.indexOf(':');
  return [key.slice(0, at) as Kind, key.slice(at + 1)];
};

/** "My work" as rows: each proposal, process and body a record of its own, a version per change (no list only grows). */
export const myWorkRowModel: RowModel<WorkRecord> = {
  key: stateKeyOf(myWorkProjection),
  idOf: keyOf,
  fold(record, e) {
    // The read model's own fold on a state of one record.
    const [kind, id] = split(keyOf(e)!);
    const s: MyWorkState = { proposals: dict(), processes: dict(), bodies: dict() };
    if (record) (s[maps[kind]] as Record<string, WorkRecord>)[id] = record;
    const out = (myWorkProjection.apply(s, e)[maps[kind]] as Record<string, WorkRecord>)[id];
    // A process's adoptions are looked up by stakeholder: a dict, as the heap's revive makes it.
    if (kind === 'process' && out) (out as WorkProcess).adopted = Object.assign(dict<number>(), (out as WorkProcess).adopted);
    return out;
  },
  lists: [],
};

export type MyWorkRows = VersionedRowsState<WorkRecord>;

/** The rows as of `at` (null: as they stand) as the heap's state: what the task lists are cut from. */
export const myWorkStateOfRows = (rows: MyWorkRows, at: bigint | null): MyWorkState => {
  const s: MyWorkState = { proposals: dict(), processes: dict(), bodies: dict() };
  for (const [key, record] of rows.keyedRecordsAt(at)) {
    const [kind, id] = split(key);
    if (kind === 'process') (record as WorkProcess).adopted = Object.assign(dict<number>(), (record as WorkProcess).adopted);
    (s[maps[kind]] as Record<string, WorkRecord>)[id] = record;
  }
  return s;
};

/** SAMSYN_READ_MODEL_ROWS=my-work: kept as rows (docs/read-model-storage.md). */
export const myWorkRowsProjection = (table: VersionedTable): Projection<MyWorkRows> => rowsProjection(myWorkProjection, myWorkRowModel, table);
