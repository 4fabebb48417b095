import { NO_STREAM, WrongExpectedVersionError, jsonEvent, type CurrentRevision, type EventStoreDBClient } from '@eventstore/db-client';
import { ConcurrencyError, revisionMatches, type AppendOptions, type AppendResult, type EventToAppend, type ReadStreamOptions, type StoredEvent } from '@samsyn/event-store/port';
import { hashEvent } from '@samsyn/event-store/hash-chain';
import { readChainHead, linkEvent, voidEvent } from './esdb-chain';
import { unavailable } from './esdb-errors';
import type { EsdbIdempotency } from './esdb-idempotency';
import { SAMSYN_META_KEY, wrapData, type ChainMeta } from './esdb-mapping';

/** What an append needs of its store. */
export interface EsdbAppendContext {
  client: EventStoreDBClient;
  /** Prefix of every stream of the store. */
  ns: string;
  chainStream: string;
  leaseMs: number;
  appendDeadlineMs: number;
  idempotency: EsdbIdempotency;
  streamRevision(streamId: string): Promise<bigint | null>;
  readStream(streamId: string, options: ReadStreamOptions): Promise<StoredEvent[]>;
  headPosition(): Promise<bigint | null>;
}

const toActual = (r: CurrentRevision): bigint | null => (r === NO_STREAM ? null : (r as bigint));

const pause = (attempt: number): Promise<void> => new Promise((r) => setTimeout(r, Math.min(1000, 10 * 2 ** Math.min(attempt, 7))));

/** When all `ids` are already in the stream (an earlier attempt landed), that attempt's result. */
async function findLanded(store: EsdbAppendContext, streamId: string, ids: string[]): Promise<AppendResult | null> {
  const tail = await store.readStream(streamId, { direction: 'backwards', maxCount: 1000 });
  const last = tail.find((e) => e.id === ids[ids.length - 1]);
  if (!last || !tail.some((e) => e.id === ids[0])) return null;
  return { nextRevision: last.revision, position: last.position >= 0n ? last.position : ((await store.headPosition()) ?? 0n), replayed: true };
}

/**
 * One append, after the one before it in this process (the store queues them). The hash chain is
 * continued through the chain stream (esdb-chain.ts): first its link is appended at the chain
 * stream's expected revision — across processes that revision decides who continues the chain —
 * then the events; a link whose events never land is voided, or expires with its lease.
 */
export async function appendWithChain(store: EsdbAppendContext, streamId: string, events: EventToAppend[], ids: string[], options: AppendOptions): Promise<AppendResult> {
  const { client, chainStream } = store;
  const stream = store.ns + streamId;
  const key = options.idempotencyKey;
  try {
    if (key !== undefined) {
      const seen = await store.idempotency.read(key);
      if (seen) return seen;
    }
    for (let attempt = 0; ; attempt++) {
      const head = await readChainHead(client, chainStream, store.leaseMs, () => Date.now());
      if (head.pending) {
        await pause(attempt);
        continue;
      }
      const current = await store.streamRevision(streamId);
      if (!revisionMatches(options.expectedRevision, current)) {
        // A retry whose first attempt wrote its events but crashed before the idempotency record.
        if (key !== undefined) {
          const landed = await findLanded(store, streamId, ids);
          if (landed) return store.idempotency.remember(key, streamId, landed);
        }
        throw new ConcurrencyError(streamId, options.expectedRevision, current);
      }

      let seq = head.seq;
      let previousHash = head.hash;
      let revision = current ?? -1n;
      const toWrite = events.map((e, i) => {
        seq += 1n;
        revision += 1n;
        // Hash exactly what a read gives back: the JSON round trip of data and metadata.
        const normalized: unknown = JSON.parse(JSON.stringify(e.data ?? null));
        const { data, wrapped } = wrapData(normalized);
        const metadata = JSON.parse(JSON.stringify(e.metadata)) as StoredEvent['metadata'];
        const hash = hashEvent({ id: ids[i], streamId, revision, position: seq, type: e.type, schemaVersion: e.schemaVersion, data: normalized, metadata }, previousHash);
        const chain: ChainMeta = { schemaVersion: e.schemaVersion, seq: seq.toString(), previousHash, hash, ...(wrapped ? { wrapped: true as const } : {}) };
        previousHash = hash;
        return jsonEvent({ id: ids[i], type: e.type, data, metadata: { ...metadata, [SAMSYN_META_KEY]: chain } });
      });
      if (toWrite.length === 0) {
        return { nextRevision: current ?? -1n, position: (await store.headPosition()) ?? 0n, replayed: false };
      }

      let linkRevision: bigint;
      try {
        const linked = await client.appendToStream(
          chainStream,
          linkEvent({
            fromSeq: (head.seq + 1n).toString(),
            toSeq: seq.toString(),
            previousHash: head.hash,
            hash: previousHash,
            stream,
            firstRevision: ((current ?? -1n) + 1n).toString(),
            firstId: ids[0],
          }),
          { expectedRevision: head.chainRevision },
        );
        linkRevision = linked.nextExpectedRevision;
      } catch (e) {
        if (e instanceof WrongExpectedVersionError) {
          await pause(attempt);
          continue; // another appender took this link: re-read the head
        }
        throw e;
      }

      try {
        const result = await client.appendToStream(stream, toWrite, {
          expectedRevision: current ?? NO_STREAM,
          deadline: store.appendDeadlineMs,
        });
        const appended: AppendResult = {
          nextRevision: result.nextExpectedRevision,
          position: result.position?.commit ?? (await store.headPosition()) ?? 0n,
          replayed: false,
        };
        return key !== undefined ? await store.idempotency.remember(key, streamId, appended) : appended;
      } catch (e) {
        if (e instanceof WrongExpectedVersionError) {
          // Definitely not written: void our link so the chain continues without a lease wait.
          await client.appendToStream(chainStream, voidEvent({ seq: head.seq.toString(), hash: head.hash }), { expectedRevision: linkRevision }).catch(() => undefined);
          // Another process retrying the same key got there first: answer as a replay.
          if (key !== undefined) {
            const landed = (await store.idempotency.read(key)) ?? (await findLanded(store, streamId, ids));
            if (landed) return store.idempotency.remember(key, streamId, landed);
          }
          throw new ConcurrencyError(streamId, options.expectedRevision, toActual(e.actualVersion));
        }
        throw e; // possibly written (timeout): the lease decides
      }
    }
  } catch (e) {
    throw unavailable(e, `appending to ${streamId}`);
  }
}
