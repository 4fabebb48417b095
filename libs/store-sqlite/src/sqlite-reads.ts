import type Database from 'better-sqlite3';
import type { EventFilter, IdempotencyRecord, ReadAllOptions, ReadStreamOptions, StoredEvent } from '@samsyn/event-store';
import { mapSqliteError } from './sqlite-errors';

/**
 * The SQLite store's reads of whole events on the store's connection: the port's reads, and
 * readAt (events at given positions). Statements are prepared once per connection.
 */

interface EventRow {
  position: bigint;
  stream_id: string;
  revision: bigint;
  id: string;
  type: string;
  schema_version: bigint;
  data: string;
  metadata: string;
  hash: string;
  previous_hash: string;
}

const COLUMNS = 'position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash';
const UNLIMITED = -1;

export const limit = (maxCount: number | undefined) => (maxCount === undefined ? UNLIMITED : Math.max(0, Math.floor(maxCount)));

/** Runs a read, a driver error turned into the store's (StoreUnavailableError for a busy or broken file). */
export function mappedRead<T>(context: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw mapSqliteError(error, context);
  }
}

const toStored = (r: EventRow): StoredEvent => ({
  id: r.id,
  streamId: r.stream_id,
  revision: r.revision,
  position: r.position,
  type: r.type,
  schemaVersion: Number(r.schema_version),
  data: JSON.parse(r.data),
  metadata: JSON.parse(r.metadata),
  hash: r.hash,
  previousHash: r.previous_hash,
});

const readRows = (context: string, fn: () => EventRow[]): StoredEvent[] => mappedRead(context, fn).map(toStored);

/** Prefixes compare literally (substr, not LIKE: LIKE is case-insensitive and treats % and _). */
function filterSql(filter: EventFilter | undefined): { sql: string; params: string[] } {
  let sql = '';
  const params: string[] = [];
  if (filter?.streamPrefixes) {
    if (filter.streamPrefixes.length === 0) return { sql: ' AND 0', params };
    sql += ` AND (${filter.streamPrefixes.map(() => 'substr(stream_id, 1, length(?)) = ?').join(' OR ')})`;
    for (const p of filter.streamPrefixes) params.push(p, p);
  }
  if (filter?.eventTypes) {
    if (filter.eventTypes.length === 0) return { sql: ' AND 0', params: [] };
    sql += ` AND type IN (${filter.eventTypes.map(() => '?').join(', ')})`;
    params.push(...filter.eventTypes);
  }
  return { sql, params };
}

export class SqliteReads {
  private readonly stmt: {
    streamRevision: Database.Statement;
    idempotencyRecord: Database.Statement;
    head: Database.Statement;
    count: Database.Statement;
    forwards: Database.Statement;
    backwards: Database.Statement;
    forwardsAll: Database.Statement;
    backwardsAll: Database.Statement;
  };
  private readonly filterStatements = new Map<string, Database.Statement>();
  private readAtStatement: Database.Statement | undefined;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      streamRevision: db.prepare('SELECT MAX(revision) AS revision FROM events WHERE stream_id = ?'),
      idempotencyRecord: db.prepare('SELECT stream_id, next_revision, position FROM idempotency WHERE key = ?'),
      head: db.prepare('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
      count: db.prepare('SELECT COUNT(*) AS n FROM events'),
      forwards: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`),
      backwards: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`),
      // Without a LIMIT parameter: a bound LIMIT makes SQLite's stream read several times slower,
      // and a command reads a tail per stream.
      forwardsAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC`),
      backwardsAll: db.prepare(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC`),
    };
  }

  private currentRevision(streamId: string): bigint | null {
    return (this.stmt.streamRevision.get(streamId) as { revision: bigint | null }).revision;
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): StoredEvent[] {
    return readRows('readStream', () => {
      if (options.direction === 'backwards') {
        const from = options.fromRevision ?? this.currentRevision(streamId);
        if (from === null) return [];
        if (options.maxCount === undefined) return this.stmt.backwardsAll.all(streamId, from) as EventRow[];
        return this.stmt.backwards.all(streamId, from, limit(options.maxCount)) as EventRow[];
      }
      if (options.maxCount === undefined) return this.stmt.forwardsAll.all(streamId, options.fromRevision ?? 0n) as EventRow[];
      return this.stmt.forwards.all(streamId, options.fromRevision ?? 0n, limit(options.maxCount)) as EventRow[];
    });
  }

  streamRevision(streamId: string): bigint | null {
    return mappedRead('streamRevision', () => this.currentRevision(streamId));
  }

  idempotencyRecord(key: string): IdempotencyRecord | null {
    const row = mappedRead('idempotencyRecord', () => this.stmt.idempotencyRecord.get(key) as { stream_id: string; next_revision: bigint; position: bigint } | undefined);
    return row ? { streamId: row.stream_id, nextRevision: BigInt(row.next_revision), position: BigInt(row.position) } : null;
  }

  readAll(options: ReadAllOptions = {}): StoredEvent[] {
    return readRows('readAll', () => {
      const { sql, params } = filterSql(options.filter);
      let stmt = this.filterStatements.get(sql);
      if (!stmt) {
        stmt = this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE position > ?${sql} ORDER BY position ASC LIMIT ?`);
        this.filterStatements.set(sql, stmt);
      }
      return stmt.all(options.after ?? 0n, ...params, limit(options.maxCount)) as EventRow[];
    });
  }

  /** The events at these global positions, in position order (positions with no event are skipped), in one statement. */
  readAt(positions: readonly bigint[]): StoredEvent[] {
    if (positions.length === 0) return [];
    return readRows('readAt', () => {
      this.readAtStatement ??= this.db.prepare(`SELECT ${COLUMNS} FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position ASC`);
      return this.readAtStatement.all(`[${positions.join(',')}]`) as EventRow[];
    });
  }

  headPosition(): bigint | null {
    return mappedRead('headPosition', () => (this.stmt.head.get() as { position: bigint } | undefined)?.position ?? null);
  }

  count(): number {
    return Number((this.stmt.count.get() as { n: bigint }).n);
  }
}
