import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { ConcurrencyError, revisionMatches, type AppendOptions, type AppendResult, type EventToAppend, type StoredEvent } from '@samsyn/event-store/port';
import { GENESIS_HASH, hashEvent } from '@samsyn/event-store/hash-chain';
import { appendToTree } from './postgres-merkle';
import { COLUMNS } from './postgres-reads';
import { toBigInt } from './sql';

/**
 * Global order on PostgreSQL.
 *
 * The trap: with a sequence, writer A takes position 5, writer B takes 6 and commits first; a
 * subscriber reads 6, moves its checkpoint past 5, and never sees A's event when A commits. A
 * sequence also leaves gaps on rollback.
 *
 * The fix here: every append first takes `pg_advisory_xact_lock(APPEND_LOCK, hashtext(schema))`
 * in its own statement, and only then reads the head (max position, head hash) with a fresh
 * READ COMMITTED snapshot. The lock is held until COMMIT/ROLLBACK, and PostgreSQL releases
 * transaction locks only after the commit is visible, so:
 *  - positions are assigned max+1 by one writer at a time: gapless, a rollback consumes nothing;
 *  - the writer of N+1 starts after N is committed and visible, so commits happen in position
 *    order, and any snapshot that sees N+1 also sees every position below it;
 *  - the hash chain (previous hash = head hash) is computed inside the same serialised section.
 * The cost is one append at a time per schema, which is what a single ordered log means anyway.
 * The NOTIFY is sent inside the transaction, so it is delivered only after the commit.
 */

/** Key of the transaction-scoped advisory lock that serialises appends to one schema. */
const APPEND_LOCK = 0x5a4d4150; // "SMAP"

/** Opens the transaction and takes the append lock; the caller commits or rolls back. */
export const beginUnderAppendLock = async (client: PoolClient, schema: string): Promise<void> => {
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [APPEND_LOCK, schema]);
};

/** What jsonb will hand back: hash and return exactly that, so a re-read hashes the same. */
const asStoredJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

export interface AppendTarget {
  /** The quoted schema. */
  s: string;
  /** The NOTIFY channel of this store's subscriptions. */
  channel: string;
  /** A page of the stored events in (after, upTo] (the Merkle tree's catch-up reads them). */
  readPage: (after: bigint, upTo: bigint) => Promise<StoredEvent[]>;
}

/** The append, inside the transaction that holds the append lock (beginUnderAppendLock). */
export async function appendUnderLock(client: PoolClient, target: AppendTarget, streamId: string, events: EventToAppend[], options: AppendOptions): Promise<AppendResult> {
  const { s } = target;
  // Checked under the lock: a concurrent retry with the same key waits, then sees the first result.
  if (options.idempotencyKey !== undefined) {
    const seen = await client.query<{ next_revision: string; position: string }>(`SELECT next_revision, position FROM ${s}.idempotency WHERE key = $1`, [options.idempotencyKey]);
    if (seen.rows[0]) return { nextRevision: toBigInt(seen.rows[0].next_revision), position: toBigInt(seen.rows[0].position), replayed: true };
  }

  const revisionRows = await client.query<{ revision: string | null }>(`SELECT max(revision) AS revision FROM ${s}.events WHERE stream_id = $1`, [streamId]);
  const current = revisionRows.rows[0]?.revision == null ? null : toBigInt(revisionRows.rows[0].revision);
  if (!revisionMatches(options.expectedRevision, current)) {
    throw new ConcurrencyError(streamId, options.expectedRevision, current);
  }

  const head = await client.query<{ position: string; hash: string }>(`SELECT position, hash FROM ${s}.events ORDER BY position DESC LIMIT 1`);
  let position = head.rows[0] ? toBigInt(head.rows[0].position) : 0n;
  const sizeBefore = position;
  const leaves: Array<Omit<StoredEvent, 'hash' | 'previousHash'>> = [];
  let previousHash = head.rows[0]?.hash ?? GENESIS_HASH;
  let revision = current ?? -1n;

  const params: unknown[] = [];
  const tuples: string[] = [];
  for (const e of events) {
    position += 1n;
    revision += 1n;
    const metadata = asStoredJson(e.metadata) as StoredEvent['metadata'];
    const stored: Omit<StoredEvent, 'hash' | 'previousHash'> = {
      id: e.id ?? randomUUID(),
      streamId,
      revision,
      position,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: asStoredJson(e.data),
      metadata,
    };
    const hash = hashEvent(stored, previousHash);
    leaves.push(stored);
    const n = params.length;
    tuples.push(`($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $${n + 6}, $${n + 7}::jsonb, $${n + 8}::jsonb, $${n + 9}, $${n + 10})`);
    params.push(position.toString(), streamId, revision.toString(), stored.id, stored.type, stored.schemaVersion, JSON.stringify(stored.data), JSON.stringify(metadata), hash, previousHash);
    previousHash = hash;
  }
  if (tuples.length > 0) {
    await client.query(`INSERT INTO ${s}.events (${COLUMNS}) VALUES ${tuples.join(', ')}`, params);
    await client.query('SELECT pg_notify($1, $2)', [target.channel, position.toString()]);
    // The Merkle tree in the same transaction, under the same lock (postgres-merkle.ts).
    await appendToTree(client, s, sizeBefore, leaves, (after) => target.readPage(after, sizeBefore));
  }

  if (options.idempotencyKey !== undefined) {
    await client.query(`INSERT INTO ${s}.idempotency (key, stream_id, next_revision, position) VALUES ($1, $2, $3, $4)`, [
      options.idempotencyKey,
      streamId,
      revision.toString(),
      position.toString(),
    ]);
  }
  return { nextRevision: revision, position, replayed: false };
}
