import { reviewSubmittedV1toV2 } from './review-submitted.v1';
import type { SamsynEventType } from './samsyn-event';

/** One step lifts an event's data from schema version `from` to `from + 1`. */
export type UpcastStep = (data: unknown) => unknown;

/** type → from-version → step. Chains are applied one version at a time, so an upcaster is
 * written once against its neighbour and never has to know every older shape. */
export const UPCASTERS: Readonly<Partial<Record<SamsynEventType, Readonly<Record<number, UpcastStep>>>>> = {
  ReviewSubmitted: { 1: reviewSubmittedV1toV2 },
};
