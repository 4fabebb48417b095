import Database from 'better-sqlite3';
import { makePrivateDatabaseFile } from '@samsyn/store-sqlite';
import {
  CheckpointConflictError,
  type ProjectionSnapshot,
  type ProjectionSnapshotStore,
  type ProjectionStateStore,
  type SnapshotTarget,
} from './projection-state-store.port';
import { fromParts, toParts, type StatePart } from './state-parts';

/** Positions are stored as zero-padded text so that they order correctly beyond 2^53. */
const key = (p: bigint): string => p.toString().padStart(20, '0');

export interface SqliteProjectionStateStoreOptions {
  /** A SQLite file of the operator's choice (the CLI uses <data-dir>/projections.sqlite), or ':memory:'. */
  path: string;
}

export type SqliteProjectionStore = ProjectionStateStore & ProjectionSnapshotStore & { close(): void };

/** Live states, checkpoints and time-travel snapshots in one SQLite file. */
export const sqliteProjectionStateStore = ({ path }: SqliteProjectionStateStoreOptions): SqliteProjectionStore => {
  makePrivateDatabaseFile(path);
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
    CREATE TABLE IF NOT EXISTS projection_state_part (
      name TEXT NOT NULL,
      seq INTEGER NOT NULL,
      key TEXT NOT NULL,
      kind TEXT NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (name, seq)
    );
    CREATE TABLE IF NOT EXISTS projection_snapshot_part (
      name TEXT NOT NULL,
      position TEXT NOT NULL,
      seq INTEGER NOT NULL,
      key TEXT NOT NULL,
      kind TEXT NOT NULL,
      json TEXT NOT NULL,
      PRIMARY KEY (name, position, seq)
    );
  `);
  // A state or snapshot is kept in bounded parts (state-parts.ts) and its row's own `state` is
  // then ''; a row written before parts existed holds the whole JSON there and loads as it did.
  const IN_PARTS = '';
  const loadStmt = db.prepare('SELECT position, state FROM projection_state WHERE name = ?');
  // The compare-and-set reads the position alone: a state can be a hundred megabytes.
  const positionStmt = db.prepare('SELECT position FROM projection_state WHERE name = ?');
  const upsert = db.prepare(
    `INSERT INTO projection_state (name, position, state) VALUES (?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET position = excluded.position, state = excluded.state`,
  );
  const stateParts = db.prepare('SELECT key, kind, json FROM projection_state_part WHERE name = ? ORDER BY seq');
  const clearStateParts = db.prepare('DELETE FROM projection_state_part WHERE name = ?');
  const putStatePart = db.prepare('INSERT INTO projection_state_part (name, seq, key, kind, json) VALUES (?, ?, ?, ?, ?)');
  const saveSnap = db.prepare('INSERT OR REPLACE INTO projection_snapshot (name, position, occurred_at, state) VALUES (?, ?, ?, ?)');
  const clearSnaps = db.prepare('DELETE FROM projection_snapshot WHERE name = ?');
  const snapParts = db.prepare('SELECT key, kind, json FROM projection_snapshot_part WHERE name = ? AND position = ? ORDER BY seq');
  const clearSnapParts = db.prepare('DELETE FROM projection_snapshot_part WHERE name = ? AND position = ?');
  const clearAllSnapParts = db.prepare('DELETE FROM projection_snapshot_part WHERE name = ?');
  const putSnapPart = db.prepare('INSERT INTO projection_snapshot_part (name, position, seq, key, kind, json) VALUES (?, ?, ?, ?, ?, ?)');
  const snapByPos = db.prepare(
    'SELECT position, occurred_at, state FROM projection_snapshot WHERE name = ? AND position <= ? ORDER BY position DESC LIMIT 1',
  );
  const snapByTime = db.prepare(
    'SELECT position, occurred_at, state FROM projection_snapshot WHERE name = ? AND occurred_at <= ? ORDER BY position DESC LIMIT 1',
  );
  // Read, compare and write in one immediate transaction: state and checkpoint land together or not at all.
  const save = db.transaction((name: string, state: unknown, position: bigint, expected: bigint | null) => {
    const row = positionStmt.get(name) as { position: string } | undefined;
    const actual = row ? BigInt(row.position) : null;
    if (actual !== expected) throw new CheckpointConflictError(name, expected, actual);
    clearStateParts.run(name);
    let seq = 0;
    for (const part of toParts(state)) putStatePart.run(name, seq++, part.key, part.kind, part.json);
    upsert.run(name, key(position), IN_PARTS);
  });
  const snapshot = db.transaction((name: string, s: ProjectionSnapshot) => {
    const at = key(s.position);
    clearSnapParts.run(name, at);
    let seq = 0;
    for (const part of toParts(s.state)) putSnapPart.run(name, at, seq++, part.key, part.kind, part.json);
    saveSnap.run(name, at, s.occurredAt, IN_PARTS);
  });
  const clearSnapshots = db.transaction((name: string) => {
    clearSnaps.run(name);
    clearAllSnapParts.run(name);
  });
  type Row = { position: string; occurred_at: string; state: string };
  const stateOf = (text: string, parts: () => Iterable<StatePart>): unknown => (text === IN_PARTS ? fromParts(parts()) : JSON.parse(text));
  const toSnapshot = (name: string, r: Row | undefined): ProjectionSnapshot | null =>
    r
      ? {
          position: BigInt(r.position),
          occurredAt: r.occurred_at,
          state: stateOf(r.state, () => snapParts.iterate(name, r.position) as Iterable<StatePart>),
        }
      : null;

  // A row and its parts are read in one transaction: one snapshot of the file, so a save by
  // another connection cannot pair this row with that save's parts.
  const loadState = db.transaction((name: string) => {
    const row = loadStmt.get(name) as { position: string; state: string } | undefined;
    if (!row) return { position: null, state: null };
    return { position: BigInt(row.position), state: stateOf(row.state, () => stateParts.iterate(name) as Iterable<StatePart>) };
  });
  const loadSnapshot = db.transaction((name: string, target: SnapshotTarget) => {
    const row = 'position' in target ? snapByPos.get(name, key(target.position)) : snapByTime.get(name, target.instant);
    return toSnapshot(name, row as Row | undefined);
  });

  return {
    async load(name) {
      return loadState(name);
    },
    async save(name, state, position, expected) {
      save.immediate(name, state, position, expected);
    },
    async saveSnapshot(name, s) {
      snapshot.immediate(name, s);
    },
    async latestSnapshot(name, target: SnapshotTarget) {
      return loadSnapshot(name, target);
    },
    async clearSnapshots(name) {
      clearSnapshots(name);
    },
    close() {
      if (db.open) db.close();
    },
  };
};
