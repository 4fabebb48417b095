import type Database from 'better-sqlite3';
import type { LeanSlim, LeanStoredEvent, StoredEvent } from '@samsyn/event-store';
import { limit, mappedRead, type SqliteReads } from './sqlite-reads';

/**
 * Reads for projections, outside the port: events minus the id and the hash chain. Rows come as
 * arrays with plain numbers and only position and revision become bigints: the full row — three
 * more strings, a row object and four native bigints per event — costs half again what the
 * JSON.parse does. Numbers past 2^53 would be imprecise: such a read is answered the full way.
 */

type LeanRow = [position: number, streamId: string, revision: number, type: string, schemaVersion: number, data: string, metadata: string];

const LEAN_COLUMNS = 'position, stream_id, revision, type, schema_version, data, metadata';

/** Lean rows as events; null when a position or revision is past 2^53 (the caller reads the full way). */
function leanEvents(rows: LeanRow[]): LeanStoredEvent[] | null {
  const out: LeanStoredEvent[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (!Number.isSafeInteger(r[0]) || !Number.isSafeInteger(r[2])) return null;
    out[i] = {
      streamId: r[1],
      revision: BigInt(r[2]),
      position: BigInt(r[0]),
      type: r[3],
      schemaVersion: r[4],
      data: JSON.parse(r[5]),
      metadata: JSON.parse(r[6]),
    };
  }
  return out;
}

/** The data column with the slimmed paths removed in SQLite, and the statement's parameters for them. */
function slimmedData(slim: readonly LeanSlim[]): { data: string; params: (string | number)[] } {
  const params: (string | number)[] = [];
  if (slim.length === 0) return { data: 'data', params };
  const data = `CASE ${slim
    .map((s) => {
      if (s.paths.length === 0) return '';
      params.push(s.type, s.schemaVersion, ...s.paths);
      return `WHEN type = ? AND schema_version = ? THEN json_remove(data, ${s.paths.map(() => '?').join(', ')})`;
    })
    .join(' ')} ELSE data END`;
  return { data: params.length === 0 ? 'data' : data, params };
}

export class SqliteLeanReads {
  private leanStatement: Database.Statement | undefined;
  private rangeStatements: { all: Database.Statement; typed: Database.Statement; last: Database.Statement } | undefined;
  private readonly readAtLeanStatements = new Map<string, { all: (positions: string) => LeanRow[] }>();

  constructor(
    private readonly db: Database.Database,
    private readonly full: SqliteReads,
  ) {}

  /**
   * readAt minus the id and the hash chain, for rendering from events. `slim` names, per event
   * type and schema version, JSON paths of the data the caller does not need (a ProcessRevised
   * carries a whole process definition): they are removed in SQLite before the text reaches
   * JSON.parse. Only events of exactly that type and version are slimmed; any other version (one
   * an upcaster will lift) comes whole.
   */
  readAtLean(positions: readonly bigint[], slim: readonly LeanSlim[] = []): LeanStoredEvent[] {
    if (positions.length === 0) return [];
    const key = JSON.stringify(slim);
    let stmt = this.readAtLeanStatements.get(key);
    if (!stmt) {
      const { data, params } = slimmedData(slim);
      const sql = `SELECT position, stream_id, revision, type, schema_version, ${data}, metadata FROM events WHERE position IN (SELECT value FROM json_each(?)) ORDER BY position ASC`;
      const prepared = this.db.prepare(sql).safeIntegers(false).raw(true);
      stmt = { all: (list: string) => prepared.all(...params, list) as LeanRow[] };
      if (this.readAtLeanStatements.size < 16) this.readAtLeanStatements.set(key, stmt);
    }
    const run = stmt;
    const rows = mappedRead('readAtLean', () => run.all(`[${positions.join(',')}]`));
    return leanEvents(rows) ?? this.full.readAt(positions);
  }

  /**
   * The events with positions in (after, upTo] — of these types only, when given — for a replay
   * from a snapshot to a target position (time travel). The range bounds the scan of the position
   * key, so the type filter is applied to the rows of the range (never by walking the type index
   * to the end of the log), and the data of the other types is neither read out nor parsed.
   * `last` is the greatest position of any event in the range (null: none), whatever its type.
   */
  readRangeLean(range: { after: bigint; upTo: bigint; types?: readonly string[] }): { events: LeanStoredEvent[]; last: bigint | null } {
    const { after, upTo, types } = range;
    if (upTo <= after) return { events: [], last: null };
    if (after < BigInt(Number.MIN_SAFE_INTEGER) || upTo > BigInt(Number.MAX_SAFE_INTEGER)) return this.readRangeFull(range);
    const rows = mappedRead('readRangeLean', () => {
      this.rangeStatements ??= {
        all: this.db.prepare(`SELECT ${LEAN_COLUMNS} FROM events WHERE position > ? AND position <= ? ORDER BY position ASC`).safeIntegers(false).raw(true),
        // `+type`: filter the rows of the range, do not look them up by the type index.
        typed: this.db
          .prepare(`SELECT ${LEAN_COLUMNS} FROM events WHERE position > ? AND position <= ? AND +type IN (SELECT value FROM json_each(?)) ORDER BY position ASC`)
          .safeIntegers(false)
          .raw(true),
        last: this.db.prepare('SELECT position FROM events WHERE position > ? AND position <= ? ORDER BY position DESC LIMIT 1').safeIntegers(false).pluck(true),
      };
      const a = Number(after);
      const b = Number(upTo);
      const found = types ? this.rangeStatements.typed.all(a, b, JSON.stringify(types)) : this.rangeStatements.all.all(a, b);
      return { found: found as LeanRow[], last: this.rangeStatements.last.get(a, b) as number | undefined };
    });
    const events = leanEvents(rows.found);
    if (!events) return this.readRangeFull(range);
    return { events, last: rows.last === undefined ? null : BigInt(rows.last) };
  }

  /** readRangeLean through readAll, for numbers past 2^53 (positions are distinct: at most upTo − after rows). */
  private readRangeFull({ after, upTo, types }: { after: bigint; upTo: bigint; types?: readonly string[] }): { events: StoredEvent[]; last: bigint | null } {
    const events = this.full.readAll({ after, maxCount: Number(upTo - after) }).filter((e) => e.position <= upTo);
    return { events: types ? events.filter((e) => types.includes(e.type)) : events, last: events.length ? events[events.length - 1].position : null };
  }

  /** readAll without a filter, for projections catching up (a rebuild reads a million rows). */
  readAllLean(options: { after?: bigint; maxCount?: number } = {}): LeanStoredEvent[] {
    const rows = mappedRead('readAllLean', () => {
      this.leanStatement ??= this.db.prepare(`SELECT ${LEAN_COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`).safeIntegers(false).raw(true);
      return this.leanStatement.all(options.after ?? 0n, limit(options.maxCount)) as LeanRow[];
    });
    return leanEvents(rows) ?? this.full.readAll(options);
  }
}
