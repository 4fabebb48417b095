import type { EventStore } from '@samsyn/event-store';

/** A key already spent by this principal on another request (another route, target or body):
 * refused, never replayed with someone else's answer and never run as a new request. */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  readonly details = { field: 'Idempotency-Key' };
  constructor() {
    super('this Idempotency-Key was already used for a different request; use a new key for a new request');
    this.name = 'IdempotencyKeyReusedError';
  }
}

export interface PriorRequest {
  /** The stream the first request wrote (a retry replays from there, whatever id it would pick now). */
  streamId: string;
  /** The first request's fingerprint; undefined for events written before fingerprints were kept. */
  requestHash: string | undefined;
}

/**
 * What the store knows of a spent key: the stream of its append (the store's own index) and the
 * fingerprint carried in that append's metadata. Durable across restarts: both are in the store.
 */
export const priorRequest = async (store: EventStore, key: string): Promise<PriorRequest | null> => {
  const record = await store.idempotencyRecord(key);
  if (!record) return null;
  const [event] = await store.readStream(record.streamId, { direction: 'backwards', fromRevision: record.nextRevision, maxCount: 1 });
  const hash = event?.metadata.requestHash;
  return { streamId: record.streamId, requestHash: typeof hash === 'string' ? hash : undefined };
};

/** The same request again (same fingerprint), or a refusal. A first request without a
 * fingerprint (written before they were kept, or by a caller that sends none) is taken as the same. */
export const assertSameRequest = (prior: PriorRequest, requestHash: string | undefined): void => {
  if (prior.requestHash !== undefined && prior.requestHash !== requestHash) throw new IdempotencyKeyReusedError();
};
