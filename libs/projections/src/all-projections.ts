import type { AnyProjection } from './projection';
import { catalogueProjection } from './catalogue/catalogue.projection';
import { directoryProjection } from './directory/directory.projection';
import { processHistoryProjection } from './process-history/process-history.projection';
import { proposalsProjection } from './proposals/proposals.projection';
import { stakeholderHistoryProjection } from './stakeholder-history/stakeholder-history.projection';
import { myWorkProjection } from './my-work/my-work.projection';
import { commentsProjection } from './comments/comments.projection';
import { principalsProjection } from './principals/principals.projection';
import { managementProjection } from './management/management.projection';
import { processReviewsProjection } from './process-reviews/process-reviews.projection';

/** Every projection of the read side, by name (the names `samsyn rebuild` accepts). */
export const allProjections = (): AnyProjection[] => [
  catalogueProjection,
  processHistoryProjection,
  proposalsProjection,
  directoryProjection,
  stakeholderHistoryProjection,
  myWorkProjection,
  commentsProjection,
  principalsProjection,
  managementProjection,
  processReviewsProjection,
];
