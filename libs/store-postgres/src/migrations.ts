import type { Pool, PoolClient } from 'pg';
import { quoteIdent } from './sql';

/**
 * Versioned, forward-only migrations. Each runs once, in its own transaction, recorded in
 * `<schema>.migrations`. A session-level advisory lock keeps two processes starting at once from
 * applying the same version twice. Never edit a released migration: add the next version.
 */
export interface Migration {
  version: number;
  name: string;
  sql: (schema: string) => string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, idempotency, checkpoints, projection state',
    sql: (s) => `
      CREATE TABLE ${s}.events (
        position       bigint PRIMARY KEY,
        stream_id      text   NOT NULL,
        revision       bigint NOT NULL,
        id             text   NOT NULL UNIQUE,
        type           text   NOT NULL,
        schema_version integer NOT NULL,
        data           jsonb  NOT NULL,
        metadata       jsonb  NOT NULL,
        hash           text   NOT NULL,
        previous_hash  text   NOT NULL,
        UNIQUE (stream_id, revision)
      );
      CREATE INDEX events_type_position ON ${s}.events (type, position);
      CREATE TABLE ${s}.idempotency (
        key           text PRIMARY KEY,
        stream_id     text   NOT NULL,
        next_revision bigint NOT NULL,
        position      bigint NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE ${s}.checkpoints (
        name       text PRIMARY KEY,
        position   bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE ${s}.projection_states (
        name       text PRIMARY KEY,
        state      jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 2,
    name: 'Merkle tree nodes (audit proofs)',
    sql: (s) => `CREATE TABLE ${s}.merkle_nodes (id bigint PRIMARY KEY, hash bytea NOT NULL);`,
  },
];

/** Lock id shared by every Samsyn process migrating the same database. */
const MIGRATION_LOCK = 0x5a4d5347; // "SMSG"

export async function migrate(pool: Pool, schema: string, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const s = quoteIdent(schema);
  const client: PoolClient = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK, schema]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${s}.migrations (
           version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const done = await client.query<{ version: number }>(`SELECT version FROM ${s}.migrations`);
      const have = new Set(done.rows.map((r) => Number(r.version)));
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (have.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql(s));
          await client.query(`INSERT INTO ${s}.migrations (version, name) VALUES ($1, $2)`, [m.version, m.name]);
          await client.query('COMMIT');
          applied.push(m.version);
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK, schema]);
    }
  } finally {
    client.release();
  }
  return applied;
}
