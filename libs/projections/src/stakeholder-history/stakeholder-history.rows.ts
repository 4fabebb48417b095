import { dict } from '@samsyn/domain/shared/dict';
import { type Projection, stateKeyOf } from '../projection';
import type { RowModel } from '../versioned-rows/versioned-state';
import { VersionedRowsState } from '../versioned-rows/versioned-state';
import type { VersionedTable } from '../versioned-rows/versioned-table';
import { rowsProjection } from '../versioned-rows/rows-projection';
import { stakeholderHistoryProjection, type StakeholderHistoryState } from './stakeholder-history.projection';

/** `stakeholder:<id>`: its positions; `process:<id>`: its participants; `deviation:<proposal>`: who asked to keep it. */
type HistoryRecord = { positions?: string[]; participants?: string[]; stakeholder?: string };

const S = 'stakeholder:';
const P = 'process:';
const D = 'deviation:';

type Data = { id: string; stakeholder?: string; kind?: string; definition?: { participants: string[] } };

/** The records an event touches: the stakeholders it affects and the facts that say who they are. */
const idsOf = (e: { type: string; data: unknown }, current: (id: string) => HistoryRecord | undefined): string[] | undefined => {
  const d = e.data as Data;
  switch (e.type) {
    case 'StakeholderRegistered':
    case 'StakeholderRenamed':
    case 'StakeholderRetired':
      return [S + d.id];
    case 'ProcessRegistered':
    case 'ProcessRevised': {
      const before = e.type === 'ProcessRevised' ? (current(P + d.id)?.participants ?? []) : [];
      return [P + d.id, ...new Set([...before, ...d.definition!.participants].map((s) => S + s))];
    }
    case 'ProposalSubmitted':
      return d.kind === 'deviation' && d.stakeholder ? [D + d.id, S + d.stakeholder] : undefined;
    case 'ProposalDecided':
    case 'ProposalAccepted':
    case 'ProposalWithdrawn': {
      const who = current(D + d.id)?.stakeholder;
      return who ? [D + d.id, S + who] : undefined;
    }
    default:
      return d.stakeholder ? [S + d.stakeholder] : undefined;
  }
};

/** The read model's own fold on a state of the records the event touches. */
const foldAll = (records: ReadonlyMap<string, HistoryRecord | undefined>, e: Parameters<typeof stakeholderHistoryProjection.apply>[1]) => {
  const s: StakeholderHistoryState = { entries: dict(), participants: dict(), deviationOf: dict() };
  for (const [id, r] of records) {
    if (!r) continue;
    if (id.startsWith(S)) s.entries[id.slice(S.length)] = r.positions!;
    else if (id.startsWith(P)) s.participants[id.slice(P.length)] = r.participants!;
    else s.deviationOf[id.slice(D.length)] = r.stakeholder!;
  }
  stakeholderHistoryProjection.apply(s, e);
  const out = new Map<string, HistoryRecord | undefined>();
  for (const id of records.keys()) {
    if (id.startsWith(S)) out.set(id, s.entries[id.slice(S.length)] && { positions: s.entries[id.slice(S.length)] });
    else if (id.startsWith(P)) out.set(id, s.participants[id.slice(P.length)] && { participants: s.participants[id.slice(P.length)] });
    else out.set(id, s.deviationOf[id.slice(D.length)] !== undefined ? { stakeholder: s.deviationOf[id.slice(D.length)] } : undefined);
  }
  return out;
};

/** The stakeholder histories as rows: a stakeholder's positions are entries; a process's participants and a deviation's stakeholder are records of their own. */
export const stakeholderHistoryRowModel: RowModel<HistoryRecord> = {
  key: stateKeyOf(stakeholderHistoryProjection),
  idOf: idsOf,
  fold: () => {
    throw new Error('stakeholder-history: every event names its records as a list (foldAll)');
  },
  foldAll: (records, e) => foldAll(records, e as Parameters<typeof stakeholderHistoryProjection.apply>[1]),
  lists: ['positions'],
};

export type StakeholderHistoryRows = VersionedRowsState<HistoryRecord>;

/** A stakeholder's positions as of `at` (null: as they stand); undefined: none yet. */
export const stakeholderPositionsOfRows = (rows: StakeholderHistoryRows, id: string, at: bigint | null): string[] | undefined => rows.recordAt(S + id, at)?.positions;

/** SAMSYN_READ_MODEL_ROWS=stakeholder-history: kept as rows (docs/read-model-storage.md). */
export const stakeholderHistoryRowsProjection = (table: VersionedTable): Projection<StakeholderHistoryRows> => rowsProjection(stakeholderHistoryProjection, stakeholderHistoryRowModel, table);
