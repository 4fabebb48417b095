import type { ReadModelQueries } from '../read-model-queries.port';
import { auditLogQueries } from '../audit-log/audit-log.queries';
import { catalogueQueries } from '../catalogue/catalogue.queries';
import { directoryQueries } from '../directory/directory.queries';
import { handoverQueries } from '../handovers/handovers.queries';
import { myWorkQueries } from '../my-work/my-work.queries';
import { managementQueries } from '../management/management.queries';
import { processReviewQueries } from '../process-reviews/process-reviews.queries';
import { processHistoryQueries } from '../process-history/process-history.queries';
import { proposalQueries } from '../proposals/proposals.queries';
import { reportQueries, type AdoptionLagQuery } from '../reports/reports.queries';
import { stakeholderHistoryQueries } from '../stakeholder-history/stakeholder-history.queries';
import { commentQueries } from '../comments/comments.queries';
import { principalQueries } from '../principals/principals.queries';
import { ReadModelReader, type ProjectionQueriesOptions } from './read-model-reader';

export type { ProjectionQueriesOptions } from './read-model-reader';

/** Every read of the read side: the read models' own queries, each in its folder, over one reader. */
export const projectionQueries = (options: ProjectionQueriesOptions): ReadModelQueries & AdoptionLagQuery => {
  const read = new ReadModelReader(options);
  return {
    waitForPosition: (position, timeoutMs) => read.waitForPosition(position, timeoutMs),
    ...catalogueQueries(read),
    ...processHistoryQueries(read),
    ...proposalQueries(read),
    ...directoryQueries(read),
    ...stakeholderHistoryQueries(read, options.historyCacheEntries),
    ...auditLogQueries(read),
    ...reportQueries(read),
    ...myWorkQueries(read),
    ...handoverQueries(read),
    ...commentQueries(read),
    ...principalQueries(read),
    ...managementQueries(read),
    ...processReviewQueries(read),
  };
};

/** ReadModelQueries over the projections — live from the runner, or as of a past moment — as a
 * class for those that construct it (the server's runtime, the CLI). It only composes. */
export interface ProjectionQueries extends ReadModelQueries, AdoptionLagQuery {}
export class ProjectionQueries {
  constructor(options: ProjectionQueriesOptions) {
    Object.assign(this, projectionQueries(options));
  }
}
