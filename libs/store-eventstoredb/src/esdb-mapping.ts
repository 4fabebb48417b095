import type { EventFilter, EventMetadata, StoredEvent } from '@samsyn/event-store/port';

/**
 * How Samsyn events sit in EventStoreDB. The event's own JSON data is the domain data; the event
 * metadata is the domain metadata plus one reserved member, `$samsyn`, holding what EventStoreDB
 * has no field for: the schema version and the hash-chain link. A store may be given a namespace:
 * its streams are then `<namespace><streamId>` in EventStoreDB, so several stores (or test runs)
 * can share one server.
 */
export const SAMSYN_META_KEY = '$samsyn';

/** Stream ids under this prefix (after the namespace) are Samsyn's own bookkeeping streams. */
export const INTERNAL_PREFIX = 'samsyn~';

export interface ChainMeta {
  schemaVersion: number;
  /** 1, 2, 3, … over all Samsyn events of the store: the position the hash covers (see esdb-chain). */
  seq: string;
  previousHash: string;
  hash: string;
  /** Data that is not an object or array is stored as `{ value }` (EventStoreDB JSON events need one). */
  wrapped?: true;
}

export type EsdbMetadata = EventMetadata & { [SAMSYN_META_KEY]: ChainMeta };

export const isPlainJsonContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  v !== null && typeof v === 'object' && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);

export const wrapData = (data: unknown): { data: Record<string, unknown> | unknown[]; wrapped: boolean } =>
  isPlainJsonContainer(data) ? { data, wrapped: false } : { data: { value: data === undefined ? null : data }, wrapped: true };

export interface RawRecorded {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  commit: bigint | undefined;
}

/** The fields we read from the client's RecordedEvent (stream or $all read), kept structural. */
export interface RecordedLike {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  data: unknown;
  metadata?: unknown;
  position?: { commit: bigint };
}

export const toRaw = (r: RecordedLike): RawRecorded => ({
  streamId: r.streamId,
  id: r.id,
  revision: r.revision,
  type: r.type,
  // Binary events are never Samsyn's; their metadata is dropped so fromRecorded ignores them.
  data: r.isJson ? r.data : null,
  metadata: r.isJson ? r.metadata : undefined,
  commit: r.position?.commit,
});

/** Null when the recorded event is not a Samsyn event of this store. */
export function fromRecorded(r: RawRecorded, namespace: string): StoredEvent | null {
  if (!r.streamId.startsWith(namespace)) return null;
  const streamId = r.streamId.slice(namespace.length);
  if (streamId.startsWith(INTERNAL_PREFIX) || r.type.startsWith('$')) return null;
  const meta = r.metadata as Partial<EsdbMetadata> | undefined;
  const chain = meta?.[SAMSYN_META_KEY];
  if (!meta || !chain || typeof chain.hash !== 'string') return null;
  const { [SAMSYN_META_KEY]: _chain, ...metadata } = meta;
  return {
    id: r.id,
    streamId,
    revision: r.revision,
    // Stream reads on older servers carry no $all position (they report 2^64-1 or nothing): -1 then.
    position: r.commit === undefined || r.commit === 0xffffffffffffffffn ? -1n : r.commit,
    type: r.type,
    schemaVersion: chain.schemaVersion,
    data: chain.wrapped ? (r.data as { value: unknown }).value : r.data,
    metadata: metadata as EventMetadata,
    hash: chain.hash,
    previousHash: chain.previousHash,
  };
}

/** The chain sequence number in a recorded Samsyn event's metadata. */
export const chainSeq = (r: RawRecorded): bigint | null => {
  const seq = (r.metadata as Partial<EsdbMetadata> | undefined)?.[SAMSYN_META_KEY]?.seq;
  return typeof seq === 'string' && /^\d+$/.test(seq) ? BigInt(seq) : null;
};

/** Exact check of the port's filter, applied client-side after the server's coarser one. */
export const matchesFilter = (e: Pick<StoredEvent, 'streamId' | 'type'>, filter: EventFilter | undefined): boolean =>
  (!filter?.streamPrefixes || filter.streamPrefixes.some((p) => e.streamId.startsWith(p))) &&
  (!filter?.eventTypes || filter.eventTypes.includes(e.type));

export type ServerFilterPlan =
  | { kind: 'stream-prefixes'; prefixes: string[] }
  | { kind: 'event-type-regex'; regex: string }
  | { kind: 'exclude-system-events' };

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The server-side part of a filter. EventStoreDB filters on one thing (stream name or event type),
 * so the narrowest available is sent and the rest is checked client-side by `matchesFilter`.
 * Namespaced stores always filter on their namespace's stream prefix; system events ($-streams,
 * $-types) never match a Samsyn prefix, and `excludeSystemEvents()` covers the rest.
 */
export function planServerFilter(namespace: string, filter: EventFilter | undefined): ServerFilterPlan {
  if (filter?.streamPrefixes) return { kind: 'stream-prefixes', prefixes: filter.streamPrefixes.map((p) => namespace + p) };
  if (namespace) return { kind: 'stream-prefixes', prefixes: [namespace] };
  if (filter?.eventTypes) return { kind: 'event-type-regex', regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` };
  return { kind: 'exclude-system-events' };
}
