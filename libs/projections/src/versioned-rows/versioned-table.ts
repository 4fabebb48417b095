import Database from 'better-sqlite3';
import { makePrivateDatabaseFile } from '@samsyn/store-sqlite';
import { CheckpointConflictError } from '../state-store/projection-state-store.port';

/** One version of a record as stored: its JSON without the growing lists (docs/read-model-storage.md). */
export interface VersionRow {
  id: string;
  /** The record's first position: the order records are answered in. */
  since: number;
  validFrom: number;
  record: string;
}

/** One item a growing list of a record gained at `position`. */
export interface EntryRow {
  id: string;
  position: number;
  list: string;
  seq: number;
  item: string;
}

/** What one save writes: versions that replace the current ones, entries, and whether the table starts afresh. */
export interface RowsCommit {
  /** A rebuilt read model: the rows of the one it replaces go in the same transaction. */
  fresh: boolean;
  versions: readonly VersionRow[];
  entries: readonly EntryRow[];
  /** The read model's state that belongs to no record (e.g. decisions waiting for their revision), as JSON. */
  carry?: string;
}

/**
 * A read model's system-versioned rows in SQLite: each version holds from `valid_from` until
 * `valid_to` (NULL: current), growing lists are rows of their own that never end, and the read
 * model's checkpoint is written in the transaction that writes its rows. Synchronous, as
 * better-sqlite3 is: the fold reads a record's current version between two events.
 */
export class VersionedTable {
  private readonly stmts: ReturnType<VersionedTable['prepare']>;
  private readonly writeCommit: Database.Transaction<(key: string, c: RowsCommit, position: number, expected: bigint | null) => void>;

  constructor(
    private readonly db: Database.Database,
    readonly model: string,
  ) {
    if (!/^[a-z][a-z_]*$/.test(model)) throw new Error(`not a read model's table name: ${model}`);
    db.exec(`
      CREATE TABLE IF NOT EXISTS rm_checkpoint (name TEXT PRIMARY KEY, position INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS rm_carry (name TEXT PRIMARY KEY, state TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS rm_${model}_version (
        id TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER, since INTEGER NOT NULL, record TEXT NOT NULL,
        PRIMARY KEY (id, valid_from)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS rm_${model}_version_open ON rm_${model}_version (valid_to, valid_from);
      CREATE TABLE IF NOT EXISTS rm_${model}_entry (
        id TEXT NOT NULL, position INTEGER NOT NULL, list TEXT NOT NULL, seq INTEGER NOT NULL, item TEXT NOT NULL,
        PRIMARY KEY (id, position, list, seq)) WITHOUT ROWID;
    `);
    this.stmts = this.prepare();
    const s = this.stmts;
    this.writeCommit = db.transaction((key: string, c: RowsCommit, position: number, expected: bigint | null) => {
      const row = s.checkpoint.get(key) as { position: number } | undefined;
      const actual = row ? BigInt(row.position) : null;
      if (actual !== expected) throw new CheckpointConflictError(key, expected, actual);
      if (c.fresh) {
        s.clearVersions.run();
        s.clearEntries.run();
      }
      for (const v of c.versions) {
        s.close.run(v.validFrom, v.id);
        s.insertVersion.run(v.id, v.validFrom, v.since, v.record);
      }
      for (const e of c.entries) s.insertEntry.run(e.id, e.position, e.list, e.seq, e.item);
      if (c.carry !== undefined) s.setCarry.run(key, c.carry);
      s.setCheckpoint.run(key, position);
    });
  }

  private prepare() {
    const v = `rm_${this.model}_version`;
    const e = `rm_${this.model}_entry`;
    const holds = 'valid_from <= @at AND (valid_to IS NULL OR valid_to > @at)';
    return {
      checkpoint: this.db.prepare('SELECT position FROM rm_checkpoint WHERE name = ?'),
      setCheckpoint: this.db.prepare('INSERT INTO rm_checkpoint (name, position) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET position = excluded.position'),
      carry: this.db.prepare('SELECT state FROM rm_carry WHERE name = ?'),
      setCarry: this.db.prepare('INSERT INTO rm_carry (name, state) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state'),
      clearVersions: this.db.prepare(`DELETE FROM ${v}`),
      clearEntries: this.db.prepare(`DELETE FROM ${e}`),
      close: this.db.prepare(`UPDATE ${v} SET valid_to = ? WHERE id = ? AND valid_to IS NULL`),
      insertVersion: this.db.prepare(`INSERT INTO ${v} (id, valid_from, valid_to, since, record) VALUES (?, ?, NULL, ?, ?)`),
      insertEntry: this.db.prepare(`INSERT INTO ${e} (id, position, list, seq, item) VALUES (?, ?, ?, ?, ?)`),
      versionAt: this.db.prepare(`SELECT id, since, valid_from AS validFrom, record FROM ${v} WHERE id = @id AND ${holds}`),
      versionsAt: this.db.prepare(`SELECT id, since, valid_from AS validFrom, record FROM ${v} WHERE ${holds} ORDER BY since, id`),
      entriesOf: this.db.prepare(`SELECT id, position, list, seq, item FROM ${e} WHERE id = ? AND position <= ? ORDER BY position, seq`),
      entriesAt: this.db.prepare(`SELECT id, position, list, seq, item FROM ${e} WHERE position <= ? ORDER BY id, position, seq`),
    };
  }

  /** The position the rows are complete up to under `key` (null: never saved). */
  checkpoint(key: string): bigint | null {
    const row = this.stmts.checkpoint.get(key) as { position: number } | undefined;
    return row ? BigInt(row.position) : null;
  }

  /** The state saved with the checkpoint under `key` that belongs to no record (null: none). */
  carried(key: string): string | null {
    const row = this.stmts.carry.get(key) as { state: string } | undefined;
    return row ? row.state : null;
  }

  /** Writes the rows and moves the checkpoint from `expected` to `position`, all or nothing. */
  commit(key: string, c: RowsCommit, position: bigint, expected: bigint | null): void {
    this.writeCommit.immediate(key, c, Number(position), expected);
  }

  /** One record's version holding at `at`, with its entries up to `at`. */
  recordAt(id: string, at: number): { version: VersionRow; entries: EntryRow[] } | null {
    const version = this.stmts.versionAt.get({ id, at }) as VersionRow | undefined;
    return version ? { version, entries: this.stmts.entriesOf.all(id, at) as EntryRow[] } : null;
  }

  /** Every record's version holding at `at` (in the order records began) and all entries up to `at`. */
  recordsAt(at: number): { versions: VersionRow[]; entries: EntryRow[] } {
    return { versions: this.stmts.versionsAt.all({ at }) as VersionRow[], entries: this.stmts.entriesAt.all(at) as EntryRow[] };
  }
}

/** The connection the row tables of the read models share: the projections' SQLite file. */
export const openVersionedRowsDb = (path: string): Database.Database => {
  makePrivateDatabaseFile(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  return db;
};
