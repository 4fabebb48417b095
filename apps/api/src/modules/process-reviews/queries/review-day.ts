import type { AsOf } from '@samsyn/projections/read-model-queries.port';
import type { Clock } from '../../../infrastructure/tokens';

/** The day a review read is cut for: the asOf instant's day, else today by the injected clock. */
export const reviewDay = (asOf: AsOf, clock: Clock): string => (asOf && 'instant' in asOf ? asOf.instant : clock.now()).slice(0, 10);
