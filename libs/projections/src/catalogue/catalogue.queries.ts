import type { ReadModelQueries } from '../read-model-queries.port';
import { byId } from '../queries/by-id';
import type { ReadModelReader } from '../queries/read-model-reader';
import { definitionAt } from '../process-history/process-history.queries';
import { proposalAsOf } from '../proposals/proposals.as-of';
import { catalogueProjection } from './catalogue.projection';
import { catalogueView } from './catalogue.view';
import { deviationDiff } from './deviation-diff.view';

/** The catalogue's as-of answers replay from its snapshots (kept close: see catalogueProjection). */
export const catalogueQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'catalogue' | 'process' | 'deviationDiff'> => ({
  async catalogue(asOf) {
    const s = await read.state(catalogueProjection, asOf);
    return Object.values(s.processes).map(catalogueView).sort(byId);
  },

  async process(id, asOf) {
    const p = (await read.state(catalogueProjection, asOf)).processes[id];
    return p ? catalogueView(p) : null;
  },

  async deviationDiff(id, stakeholder, asOf) {
    const p = (await read.state(catalogueProjection, asOf)).processes[id];
    const dev = p && Object.hasOwn(p.deviations, stakeholder) ? p.deviations[stakeholder] : undefined;
    const proposal = dev && (await proposalAsOf(read, dev.proposalId, asOf));
    if (!p || !proposal) return null;
    const baseDefinition = await definitionAt(read, id, proposal.baseRevision, asOf);
    return deviationDiff(p, stakeholder, { changes: proposal.changes, baseRevision: proposal.baseRevision, baseDefinition });
  },
});
