import Database from 'better-sqlite3';
import { makePrivateDatabaseFile } from '@samsyn/store-sqlite';

export type WebhookDatabase = Database.Database;

/**
 * `webhooks.sqlite` in the data directory (0600): the subscriptions' secrets, each subscription's
 * checkpoint and failure streak, and the delivery log. Operational data beside the checkpoint, not
 * events: an attempt is not a fact of the domain, and a log that grows with every retry of every
 * delivery does not belong in the hash chain auditors read (docs/webhooks.md, "Where what is kept").
 */
export const openWebhookDatabase = (path: string): WebhookDatabase => {
  makePrivateDatabaseFile(path);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL: a checkpoint that moved past a 2xx must survive a power cut too, or that
  // delivery is sent again. One fsync per delivery is nothing beside its HTTP round trip.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS webhook_secret (
      ref TEXT PRIMARY KEY,
      subscription_id TEXT NOT NULL,
      secret TEXT NOT NULL,
      created_at TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS webhook_secret_by_subscription ON webhook_secret (subscription_id);
    CREATE TABLE IF NOT EXISTS webhook_cursor (
      subscription_id TEXT PRIMARY KEY,
      position TEXT,
      failures INTEGER NOT NULL DEFAULT 0,
      failing_since TEXT,
      resumed_at TEXT
    );
    CREATE TABLE IF NOT EXISTS webhook_delivery (
      subscription_id TEXT NOT NULL,
      position TEXT NOT NULL,
      delivery_id TEXT NOT NULL,
      event_id TEXT NOT NULL,
      event_type TEXT NOT NULL,
      stream_id TEXT NOT NULL,
      status TEXT NOT NULL,
      attempts INTEGER NOT NULL,
      first_attempt_at TEXT NOT NULL,
      last_attempt_at TEXT NOT NULL,
      next_attempt_at TEXT,
      last_status INTEGER,
      last_error TEXT,
      last_duration_ms INTEGER,
      delivered_at TEXT,
      PRIMARY KEY (subscription_id, position)
    );
  `);
  return db;
};

/** Positions as zero-padded text, so that they order correctly beyond 2^53. */
export const positionKey = (p: bigint): string => p.toString().padStart(20, '0');
export const positionOf = (key: string): bigint => BigInt(key);
