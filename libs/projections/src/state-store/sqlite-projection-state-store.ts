import Database from 'better-sqlite3';
import {
  CheckpointConflictError,
  type ProjectionSnapshot,
  type ProjectionSnapshotStore,
  type ProjectionStateStore,
  type SnapshotTarget,
} from './projection-state-store.port';

/** Positions are stored as zero-padded text so that they order correctly beyond 2^53. */
const key = (p: bigint): string => p.toString().padStart(20, '0');

export interface SqliteProjectionStateStoreOptions {
  /** A SQLite file of the operator's choice (the CLI uses <data-dir>/projections.sqlite), or ':memory:'. */
  path: string;
}

export type SqliteProjectionStore = ProjectionStateStore & ProjectionSnapshotStore & { close(): void };

/** Live states, checkpoints and time-travel snapshots in one SQLite file. */
export const sqliteProjectionStateStore = ({ path }: SqliteProjectionStateStoreOptions): SqliteProjectionStore => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS projection_state (
      name TEXT PRIMARY KEY,
      position TEXT NOT NULL,
      state TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS projection_snapshot (
      name TEXT NOT NULL,
      position TEXT NOT NULL,
      occurred_at TEXT NOT NULL,
      state TEXT NOT NULL,
      PRIMARY KEY (name, position)
    );
    CREATE INDEX IF NOT EXISTS projection_snapshot_time ON projection_snapshot (name, occurred_at);
  `);
  const loadStmt = db.prepare('SELECT position, state FROM projection_state WHERE name = ?');
  // The compare-and-set reads the position alone: a state can be a hundred megabytes.
  const positionStmt = db.prepare('SELECT position FROM projection_state WHERE name = ?');
  const upsert = db.prepare(
    `INSERT INTO projection_state (name, position, state) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET position = excluded.position, state = excluded.state`,
  );
  const saveSnap = db.prepare('INSERT OR REPLACE INTO projection_snapshot (name, position, occurred_at, state) VALUES (?, ?, ?, ?)');
  const clearSnaps = db.prepare('DELETE FROM projection_snapshot WHERE name = ?');
  const snapByPos = db.prepare(
    'SELECT position, occurred_at, state FROM projection_snapshot WHERE name = ? AND position <= ? ORDER BY position DESC LIMIT 1',
  );
  const snapByTime = db.prepare(
    'SELECT position, occurred_at, state FROM projection_snapshot WHERE name = ? AND occurred_at <= ? ORDER BY position DESC LIMIT 1',
  );
  // Read, compare and write in one immediate transaction: state and checkpoint land together or not at all.
  const save = db.transaction((name: string, state: string, position: bigint, expected: bigint | null) => {
    const row = positionStmt.get(name) as { position: string } | undefined;
    const actual = row ? BigInt(row.position) : null;
    if (actual !== expected) throw new CheckpointConflictError(name, expected, actual);
    upsert.run(name, key(position), state);
  });
  type Row = { position: string; occurred_at: string; state: string };
  const toSnapshot = (r: Row | undefined): ProjectionSnapshot | null =>
    r ? { position: BigInt(r.position), occurredAt: r.occurred_at, state: JSON.parse(r.state) } : null;

  return {
    async load(name) {
      const row = loadStmt.get(name) as { position: string; state: string } | undefined;
      return row ? { position: BigInt(row.position), state: JSON.parse(row.state) } : { position: null, state: null };
    },
    async save(name, state, position, expected) {
      save.immediate(name, JSON.stringify(state), position, expected);
    },
    async saveSnapshot(name, s) {
      saveSnap.run(name, key(s.position), s.occurredAt, JSON.stringify(s.state));
    },
    async latestSnapshot(name, target: SnapshotTarget) {
      const row = 'position' in target ? snapByPos.get(name, key(target.position)) : snapByTime.get(name, target.instant);
      return toSnapshot(row as Row | undefined);
    },
    async clearSnapshots(name) {
      clearSnaps.run(name);
    },
    close() {
      if (db.open) db.close();
    },
  };
};
