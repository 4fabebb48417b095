import { BACKWARDS, FORWARDS, NO_STREAM, StreamNotFoundError, jsonEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { GENESIS_HASH } from '@samsyn/event-store/hash-chain';

/**
 * The global hash chain on EventStoreDB, and why it is built this way.
 *
 * The chain links every Samsyn event to the one before it in the store's global order. PostgreSQL
 * and SQLite serialise appends inside one transaction; EventStoreDB has no transaction across
 * streams, and the $all position of an event is only known after it is written. So:
 *
 * 1. The chain is indexed by a sequence number (`seq` = 1, 2, 3, … in the event's `$samsyn`
 *    metadata), and the hash covers `seq` where the other stores put their position.
 * 2. One bookkeeping stream, `<namespace>samsyn~chain`, is the serialisation point. Before writing
 *    events, an appender writes a *link* to it — seq range, previous hash, resulting hash, target
 *    stream, first revision and id — with `expectedRevision` = the chain stream's last revision
 *    (EventStoreDB's optimistic concurrency). Only one appender wins each link; losers re-read
 *    and retry. The winner then appends its events to their stream with the exact revision it
 *    checked (so nothing else slipped in). Commit order in $all therefore follows seq order.
 * 3. Before linking, an appender checks that the previous link's events landed (its first event
 *    is in the target stream). If not and the link is younger than the lease, the previous
 *    appender is still in flight: wait. If the appender reported a definite failure it wrote a
 *    *void* marker; a link older than the lease with no events is treated as void too, and the
 *    chain continues from the link's previous hash.
 * The residual risk, stated plainly: an append that stalls longer than the lease (the adapter
 * gives appends a deadline well below it) and then lands anyway forks the chain; `verifyChain`
 * reports it. That is the price of a global chain on a store without cross-stream transactions.
 * Throughput is one Samsyn append at a time per store, as on the other adapters.
 */
export const CHAIN_LINK = 'samsyn.chain-link';
export const CHAIN_VOID = 'samsyn.chain-void';

export interface ChainLinkData {
  [key: string]: string;
  fromSeq: string;
  toSeq: string;
  previousHash: string;
  hash: string;
  stream: string;
  firstRevision: string;
  firstId: string;
}

export interface ChainVoidData {
  [key: string]: string;
  seq: string;
  hash: string;
}

export type ChainHead =
  | { pending: false; seq: bigint; hash: string; chainRevision: bigint | typeof NO_STREAM }
  | { pending: true; reason: string };

export async function readChainHead(client: EventStoreDBClient, chainStream: string, leaseMs: number, now: () => number): Promise<ChainHead> {
  let last: { type: string; data: unknown; revision: bigint; created: Date } | undefined;
  try {
    for await (const r of client.readStream(chainStream, { direction: BACKWARDS, fromRevision: 'end', maxCount: 1 })) {
      if (r.event) last = r.event;
    }
  } catch (e) {
    if (!(e instanceof StreamNotFoundError)) throw e;
  }
  if (!last) return { pending: false, seq: 0n, hash: GENESIS_HASH, chainRevision: NO_STREAM };
  if (last.type === CHAIN_VOID) {
    const v = last.data as ChainVoidData;
    return { pending: false, seq: BigInt(v.seq), hash: v.hash, chainRevision: last.revision };
  }
  const link = last.data as ChainLinkData;
  if (await linkLanded(client, link)) return { pending: false, seq: BigInt(link.toSeq), hash: link.hash, chainRevision: last.revision };
  if (now() - last.created.getTime() < leaseMs) return { pending: true, reason: `link ${link.fromSeq}..${link.toSeq} is in flight` };
  return { pending: false, seq: BigInt(link.fromSeq) - 1n, hash: link.previousHash, chainRevision: last.revision };
}

async function linkLanded(client: EventStoreDBClient, link: ChainLinkData): Promise<boolean> {
  try {
    for await (const r of client.readStream(link.stream, { direction: FORWARDS, fromRevision: BigInt(link.firstRevision), maxCount: 1 })) {
      return r.event?.id === link.firstId;
    }
  } catch (e) {
    if (!(e instanceof StreamNotFoundError)) throw e;
  }
  return false;
}

export const linkEvent = (data: ChainLinkData) => jsonEvent({ type: CHAIN_LINK, data });
export const voidEvent = (data: ChainVoidData) => jsonEvent({ type: CHAIN_VOID, data });
