import type { ExpectedRevision } from '@samsyn/event-store';

// What crosses to the writer (appends) and back (outcomes), flat: see batch-writer.ts.

/** An event as the writer takes it: its id, and data and metadata as the JSON that is stored. */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

/**
 * An append on its way to the writer, flat: `[streamId, expected, key, eventCount, …5 strings per
 * event (id, type, schemaVersion, data, metadata)]`, where expected is `r<revision>`,
 * `no-stream`, `any` or `stream-exists` and key is `''` (none) or `k<key>`. A batch is the
 * concatenation of its appends. Flat strings cross to the writer thread several times cheaper
 * than the same content as objects.
 */
export type WireAppend = string[];

// Anything else (no valid expectation) travels as `?…` and fits no stream.
const NAMED_EXPECTATIONS: ReadonlySet<string> = new Set(['no-stream', 'any', 'stream-exists']);

export function encodeAppend(streamId: string, expectedRevision: ExpectedRevision, idempotencyKey: string | undefined, events: PreparedEvent[]): WireAppend {
  const expected = typeof expectedRevision === 'bigint' ? `r${expectedRevision}` : NAMED_EXPECTATIONS.has(expectedRevision) ? expectedRevision : `?${String(expectedRevision)}`;
  const wire = [streamId, expected, idempotencyKey === undefined ? '' : `k${idempotencyKey}`, String(events.length)];
  for (const e of events) wire.push(e.id, e.type, String(e.schemaVersion), e.data, e.metadata);
  return wire;
}

/**
 * The outcomes of a batch, flat, four slots per append in batch order: `[0, nextRevision,
 * position, replayed 0|1]` appended (or replayed), `[1, actualRevision | null, 0, 0]` refused by
 * its expected revision, `[2, SQLite code | null, message, 0]` failed (its savepoint rolled back).
 */
export type WireOutcomes = Array<number | bigint | string | null>;
export const OUTCOME_SLOTS = 4;

/** A driver error that crossed a thread: its SQLite code survives (mapSqliteError needs it). */
export interface ErrorDescriptor {
  code?: string;
  message: string;
  /** The original error, when it did not cross a thread. */
  error?: unknown;
}

/** The commit failed (lock timeout, I/O): nothing of the batch is durable. */
export type BatchOutcome = { ok: true; outcomes: WireOutcomes } | { ok: false; failure: ErrorDescriptor };

export const errorFrom = (d: ErrorDescriptor): unknown => d.error ?? Object.assign(new Error(d.message), d.code === undefined ? {} : { code: d.code });
