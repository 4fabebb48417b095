import type { EventFilter, IdempotencyRecord, ReadStreamOptions, StoredEvent } from '@samsyn/event-store/port';
import { likePrefix, toBigInt } from './sql';

/** A query on the pool, its failure already turned into the store's (StoreUnavailableError when the server is gone). */
export type PoolQuery = <R extends object>(sql: string, params?: unknown[]) => Promise<R[]>;

interface EventRow {
  position: string;
  stream_id: string;
  revision: string;
  id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: StoredEvent['metadata'];
  hash: string;
  previous_hash: string;
}

export const COLUMNS = 'position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash';

const toStored = (r: EventRow): StoredEvent => ({
  id: r.id,
  streamId: r.stream_id,
  revision: toBigInt(r.revision),
  position: toBigInt(r.position),
  type: r.type,
  schemaVersion: Number(r.schema_version),
  data: r.data,
  metadata: r.metadata,
  hash: r.hash,
  previousHash: r.previous_hash,
});

/** The PostgreSQL store's reads, each one statement on the pool. `s` is the quoted schema. */
export class PostgresReads {
  constructor(
    private readonly query: PoolQuery,
    private readonly s: string,
  ) {}

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const params: unknown[] = [streamId];
    let where = 'stream_id = $1';
    if (options.fromRevision !== undefined) {
      params.push(options.fromRevision.toString());
      where += ` AND revision ${backwards ? '<=' : '>='} $${params.length}`;
    }
    let limit = '';
    if (options.maxCount !== undefined) {
      params.push(options.maxCount);
      limit = ` LIMIT $${params.length}`;
    }
    const rows = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${this.s}.events WHERE ${where} ORDER BY revision ${backwards ? 'DESC' : 'ASC'}${limit}`,
      params,
    );
    return rows.map(toStored);
  }

  async streamRevision(streamId: string): Promise<bigint | null> {
    const rows = await this.query<{ revision: string | null }>(`SELECT max(revision) AS revision FROM ${this.s}.events WHERE stream_id = $1`, [streamId]);
    return rows[0]?.revision == null ? null : toBigInt(rows[0].revision);
  }

  async idempotencyRecord(key: string): Promise<IdempotencyRecord | null> {
    const rows = await this.query<{ stream_id: string; next_revision: string; position: string }>(
      `SELECT stream_id, next_revision, position FROM ${this.s}.idempotency WHERE key = $1`,
      [key],
    );
    const row = rows[0];
    return row ? { streamId: row.stream_id, nextRevision: toBigInt(row.next_revision), position: toBigInt(row.position) } : null;
  }

  /** Events with after < position <= upTo matching the filter, in position order. */
  async readRange(after: bigint | undefined, upTo: bigint | undefined, filter: EventFilter | undefined, maxCount?: number): Promise<StoredEvent[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (after !== undefined) {
      params.push(after.toString());
      where.push(`position > $${params.length}`);
    }
    if (upTo !== undefined) {
      params.push(upTo.toString());
      where.push(`position <= $${params.length}`);
    }
    if (filter?.streamPrefixes) {
      params.push(filter.streamPrefixes.map(likePrefix));
      where.push(`stream_id LIKE ANY($${params.length}::text[])`);
    }
    if (filter?.eventTypes) {
      params.push(filter.eventTypes);
      where.push(`type = ANY($${params.length}::text[])`);
    }
    let limit = '';
    if (maxCount !== undefined) {
      params.push(maxCount);
      limit = ` LIMIT $${params.length}`;
    }
    const rows = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM ${this.s}.events${where.length ? ' WHERE ' + where.join(' AND ') : ''} ORDER BY position${limit}`,
      params,
    );
    return rows.map(toStored);
  }

  async headPosition(): Promise<bigint | null> {
    const rows = await this.query<{ position: string | null }>(`SELECT max(position) AS position FROM ${this.s}.events`);
    return rows[0]?.position == null ? null : toBigInt(rows[0].position);
  }

  async count(): Promise<number> {
    const rows = await this.query<{ n: string }>(`SELECT count(*) AS n FROM ${this.s}.events`);
    return Number(rows[0]?.n ?? 0);
  }
}
