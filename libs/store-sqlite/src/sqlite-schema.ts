import { makePrivateDatabaseFile } from './private-files';
import Database from 'better-sqlite3';
import { MERKLE_SCHEMA } from './merkle/sqlite-merkle-writer';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  stream_id      TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  id             TEXT    NOT NULL UNIQUE,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL,
  hash           TEXT    NOT NULL,
  previous_hash  TEXT    NOT NULL,
  UNIQUE (stream_id, revision)
);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, position);
CREATE TABLE IF NOT EXISTS idempotency (
  key           TEXT    PRIMARY KEY,
  stream_id     TEXT    NOT NULL,
  next_revision INTEGER NOT NULL,
  position      INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS checkpoints (
  name     TEXT    PRIMARY KEY,
  position INTEGER NOT NULL
);
${MERKLE_SCHEMA}
`;

export interface OpenOptions {
  path: string;
  /** How long a writer waits for another connection's (or process's) write lock. */
  busyTimeoutMs?: number;
}

/**
 * Durability: WAL with synchronous=FULL fsyncs the WAL on every commit, so an append that returned
 * survives a process kill *and* a power loss. synchronous=NORMAL in WAL mode only fsyncs at
 * checkpoints: it survives a process kill (the WAL is in the OS page cache) but a power loss can
 * drop the last committed transactions — acknowledged appends — which an event store must not do.
 */
export function openDatabase({ path, busyTimeoutMs = 5000 }: OpenOptions): Database.Database {
  makePrivateDatabaseFile(path);
  const db = new Database(path);
  // Revisions and positions are 64-bit: never let them pass through a JS number.
  db.defaultSafeIntegers(true);
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  return db;
}
