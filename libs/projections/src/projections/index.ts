import type { AnyProjection } from '../projection';
import { catalogueProjection } from './catalogue.projection';
import { directoryProjection } from './directory.projection';
import { processHistoryProjection } from './process-history.projection';
import { proposalsProjection } from './proposals.projection';
import { stakeholderHistoryProjection } from './stakeholder-history.projection';
import { myWorkProjection } from '../my-work/my-work.projection';

export * from './catalogue.projection';
export * from './directory.projection';
export * from './process-history.projection';
export * from './proposals.projection';
export * from './stakeholder-history.projection';
export * from './harmonization';

/** Every projection of the read side, by name (the names `samsyn rebuild` accepts). */
export const allProjections = (): AnyProjection[] => [
  catalogueProjection,
  processHistoryProjection,
  proposalsProjection,
  directoryProjection,
  stakeholderHistoryProjection,
  myWorkProjection,
];
