import type { DiagramLayout } from '@samsyn/domain/process/diagram-layout';
import { proposalStream } from '@samsyn/domain/proposal/proposal.stream';
import type { EventStore } from '@samsyn/event-store';
import type { AsOf, ReadModelQueries } from '@samsyn/projections/read-model-queries.port';

/** How many revisions back the export looks for the diagram a revision was proposed from. */
export const LAYOUT_LOOKBACK = 20;

/**
 * The layout of the latest diagram the process was proposed from, at or before revision `n`: the
 * `layout` of that proposal's ProposalSubmitted (the fact itself, so a replay gives the same
 * export). Revisions proposed without a diagram keep the one before; none within
 * LAYOUT_LOOKBACK revisions: undefined (the export draws a grid).
 */
export const recordedLayout = async (queries: ReadModelQueries, store: EventStore, processId: string, n: number, asOf: AsOf): Promise<DiagramLayout | undefined> => {
  const revisions = (await queries.revisions(processId, asOf)) ?? [];
  const candidates = revisions
    .filter((r) => r.revision <= n && r.proposalId)
    .sort((a, b) => b.revision - a.revision)
    .slice(0, LAYOUT_LOOKBACK);
  for (const r of candidates) {
    const [submitted] = await store.readStream(proposalStream(r.proposalId!), { maxCount: 1 });
    const layout = submitted?.type === 'ProposalSubmitted' ? (submitted.data as { layout?: DiagramLayout }).layout : undefined;
    if (layout) return layout;
  }
  return undefined;
};
