import type { LeanSlim } from '@samsyn/event-store';
import { currentSchemaVersion, isKnownEventType } from '@samsyn/domain/upcasting/schema-versions';
import type { ReadModelQueries } from '../read-model-queries.port';
import { countUpTo } from '../queries/positions';
import type { ReadModelReader } from '../queries/read-model-reader';
import { HistoryEntryCache } from './history-entry-cache';
import { HISTORY_ENTRY_OMITS, historyEntry } from './stakeholder-history-entry';
import { isVersionedRowsState } from '../versioned-rows/versioned-state';
import { stakeholderHistoryProjection } from './stakeholder-history.projection';
import { type StakeholderHistoryRows, stakeholderPositionsOfRows } from './stakeholder-history.rows';

/** Rendered entries kept by default: the whole histories of the busiest stakeholders of a large
 * history, or of dozens of ordinary ones (their memory: docs/performance.md, "Read side: saves and caches"). */
export const DEFAULT_HISTORY_CACHE_ENTRIES = 50_000;

/** At the current schema version the domain's upcast changes nothing: those events may be read slimmed. */
const HISTORY_SLIM: readonly LeanSlim[] = Object.entries(HISTORY_ENTRY_OMITS)
  .filter(([type]) => isKnownEventType(type))
  .map(([type, paths]) => ({ type, schemaVersion: currentSchemaVersion(type), paths }));

const itself = (p: string): string => p;

/**
 * GET /stakeholders/:id/history. The state keeps positions only; entries are rendered from the
 * stored events and kept (history-entry-cache.ts). As of a moment, the history is a prefix of the
 * live list, cut by binary search.
 */
export const stakeholderHistoryQueries = (read: ReadModelReader, cacheEntries = DEFAULT_HISTORY_CACHE_ENTRIES): Pick<ReadModelQueries, 'stakeholderHistory'> => {
  const cache = new HistoryEntryCache(cacheEntries);
  return {
    async stakeholderHistory(id, asOf, page) {
      // A registered stakeholder's history starts with its registration: no entries, no stakeholder.
      const t = await read.live(stakeholderHistoryProjection, asOf);
      const state = t ? t.state : await read.state(stakeholderHistoryProjection, asOf);
      // As rows, the positions as of the moment are a condition on them (docs/read-model-storage.md).
      const rows = isVersionedRowsState(state) ? (state as unknown as StakeholderHistoryRows) : null;
      const all = rows ? stakeholderPositionsOfRows(rows, id, t ? BigInt(t.at) : null) : state.entries[id];
      const n = t && all && !rows ? countUpTo(all, t.at, itself) : (all?.length ?? 0);
      if (!all || n === 0) return null;
      const render = async (positions: readonly string[]) => (await read.eventsAt(positions, HISTORY_SLIM)).map((e) => historyEntry(id, e));
      if (page?.after === undefined && page?.limit === undefined) return cache.entries(id, all, n, render);
      const start = page.after === undefined || page.after < 0n ? 0 : Math.min(n, countUpTo(all, page.after.toString(), itself));
      const end = page.limit === undefined ? n : Math.min(n, start + Math.max(0, Math.floor(page.limit)));
      return start < end ? cache.range(id, all, start, end, render) : [];
    },
  };
};
