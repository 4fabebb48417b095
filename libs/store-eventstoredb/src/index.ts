export * from './eventstoredb-event-store';
export { uuidV5, idempotentEventId } from './deterministic-id';
export type { SubscriptionStatus } from './esdb-subscription';
