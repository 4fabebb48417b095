import type { ReadModelQueries } from '../read-model-queries.port';
import type { ReadModelReader } from '../queries/read-model-reader';
import { proposalAsOf, proposalRecordsAsOf } from './proposals.as-of';
import { awaitingReviewFrom, proposalView } from './proposal.view';

export const proposalQueries = (read: ReadModelReader): Pick<ReadModelQueries, 'proposals' | 'proposal'> => ({
  async proposals(filter, asOf) {
    // Filter the records first: building a view of every proposal costs more than the filter.
    return (await proposalRecordsAsOf(read, asOf))
      .filter(
        (p) =>
          (!filter.status || p.status === filter.status) &&
          (!filter.process || p.processId === filter.process) &&
          (!filter.awaitingBody || (p.status === 'escalated' && p.heldBy === filter.awaitingBody)) &&
          (!filter.awaitingStakeholder || awaitingReviewFrom(p).includes(filter.awaitingStakeholder)),
      )
      .map(proposalView)
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.id.localeCompare(b.id));
  },

  async proposal(id, asOf) {
    const p = await proposalAsOf(read, id, asOf);
    return p ? proposalView(p) : null;
  },
});
