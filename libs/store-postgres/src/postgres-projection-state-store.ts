import type { Pool } from 'pg';
import { compareAndSetCheckpoint, loadCheckpoint } from './postgres-checkpoint-store';
import { migrate } from './migrations';
import { quoteIdent } from './sql';

export interface ProjectionSnapshot {
  /** The state as last saved (JSON), or null when the projection never saved. */
  state: unknown;
  /** The position that state includes, or null when never saved. */
  position: bigint | null;
}

/**
 * A projection's state and its checkpoint, saved together in one transaction: after a crash the
 * state is exactly the fold of the events up to the checkpoint, never ahead or behind.
 *
 * - `load(name)` returns `{ state, position }` (both null on first run).
 * - `save(name, state, position, expected)` writes both; `expected` is the position `load` (or the
 *   previous save) returned. A different stored position throws CheckpointConflictError and
 *   writes nothing, so two runners of one projection cannot both advance it.
 * The checkpoint is the same row PostgresCheckpointStore reads, under the same name.
 * State must be JSON-serialisable (bigints as strings).
 */
export class PostgresProjectionStateStore {
  constructor(private readonly pool: Pool, readonly schema = 'samsyn') {}

  static async create(pool: Pool, schema = 'samsyn'): Promise<PostgresProjectionStateStore> {
    await migrate(pool, schema);
    return new PostgresProjectionStateStore(pool, schema);
  }

  async load(name: string): Promise<ProjectionSnapshot> {
    const client = await this.pool.connect();
    try {
      // One snapshot for both reads, so a concurrent save cannot pair old state with a new position.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const r = await client.query<{ state: unknown }>(
        `SELECT state FROM ${quoteIdent(this.schema)}.projection_states WHERE name = $1`,
        [name],
      );
      const position = await loadCheckpoint(client, this.schema, name);
      await client.query('COMMIT');
      return { state: r.rows[0] ? r.rows[0].state : null, position };
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async save(name: string, state: unknown, position: bigint, expected: bigint | null): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await compareAndSetCheckpoint(client, this.schema, name, position, expected);
      await client.query(
        `INSERT INTO ${quoteIdent(this.schema)}.projection_states (name, state) VALUES ($1, $2::jsonb)
         ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [name, JSON.stringify(state ?? null)],
      );
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}
