import { dict } from '@samsyn/domain/shared/dict';
import { type Projection, stateKeyOf } from '../projection';
import type { RowModel } from '../versioned-rows/versioned-state';
import { VersionedRowsState } from '../versioned-rows/versioned-state';
import type { VersionedTable } from '../versioned-rows/versioned-table';
import { rowsProjection } from '../versioned-rows/rows-projection';
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

/** SAMSYN_READ_MODEL_ROWS=proposals: kept as rows (docs/read-model-storage.md). */
export const proposalsRowsProjection = (table: VersionedTable): Projection<ProposalRows> => rowsProjection(proposalsProjection, proposalRowModel, table);
