import { dict } from '@samsyn/domain/shared/dict';
import { type Projection, stateKeyOf } from '../projection';
import type { RowModel } from '../versioned-rows/versioned-state';
import { VersionedRowsState } from '../versioned-rows/versioned-state';
import type { VersionedTable } from '../versioned-rows/versioned-table';
import { proposalsProjection, type ProposalRecord, type ProposalsState } from './proposals.projection';

const reacts = new Set(proposalsProjection.eventTypes);

/** The proposal board as rows: a proposal's record per version, its reviews, decisions and escalations as entries. */
export const proposalRowModel: RowModel<ProposalRecord> = {
  key: stateKeyOf(proposalsProjection),
  idOf: (e) => (reacts.has(e.type) ? (e.data as { id: string }).id : undefined),
  fold(record, e) {
    // The board's own fold on a board of one: the rows answer what the plain fold answers.
    const s: ProposalsState = { proposals: dict() };
    if (record) s.proposals[record.id] = record;
    return proposalsProjection.apply(s, e).proposals[(e.data as { id: string }).id];
  },
  lists: ['reviews', 'decisions', 'escalations'],
  latestPositionField: 'lastPosition',
};

export type ProposalRows = VersionedRowsState<ProposalRecord>;

/**
 * The proposal board kept in the projection store's system-versioned rows instead of the heap
 * (SAMSYN_READ_MODEL_ROWS=proposals; docs/read-model-storage.md). Same name and version as the
 * heap's projection, so the runner, the rebuild and the queries take it in its place; its state is
 * the rows (proposals.as-of.ts reads them as of a position).
 */
export const proposalsRowsProjection = (table: VersionedTable): Projection<ProposalRows> => ({
  name: proposalsProjection.name,
  version: proposalsProjection.version,
  eventTypes: proposalsProjection.eventTypes,
  fixedSaveInterval: true,
  initialState: () => new VersionedRowsState(proposalRowModel, table, true, null),
  revive: () => new VersionedRowsState(proposalRowModel, table, false, table.checkpoint(proposalRowModel.key)),
  apply: (s, e) => s.apply(e),
});
