import type { Pool } from 'pg';
import { compareAndSetCheckpoint, loadCheckpoint } from './postgres-checkpoint-store';
import { migrate } from './migrations';
import { quoteIdent } from './sql';
import { asUnavailable, guardPool, type ConnectionErrorListener } from './pool-guard';

/** A save whose COMMIT was sent but never answered: it may or may not have happened. */
interface UncertainSave {
  position: bigint;
  expected: bigint | null;
}

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
 *
 * A lost connection is a StoreUnavailableError (the runner's subscription waits and retries). When
 * the connection dies after COMMIT was sent, the save may have happened: the next save of that
 * name then accepts the uncertain save's position as the stored one — it is this store's own
 * write, of a state the runner has since folded further — instead of failing for ever with a
 * CheckpointConflictError.
 */
export class PostgresProjectionStateStore {
  private readonly uncertain = new Map<string, UncertainSave>();

  constructor(private readonly pool: Pool, readonly schema = 'samsyn') {}

  static async create(pool: Pool, schema = 'samsyn', onConnectionError?: ConnectionErrorListener): Promise<PostgresProjectionStateStore> {
    guardPool(pool, onConnectionError);
    try {
      await migrate(pool, schema);
    } catch (e) {
      throw asUnavailable(e, 'migrating the projection state store');
    }
    return new PostgresProjectionStateStore(pool, schema);
  }

  private async connect() {
    try {
      return await this.pool.connect();
    } catch (e) {
      throw asUnavailable(e, 'connecting to PostgreSQL');
    }
  }

  async load(name: string): Promise<ProjectionSnapshot> {
    const client = await this.connect();
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
      throw asUnavailable(e, `loading the state of ${name}`);
    } finally {
      client.release();
    }
  }

  async save(name: string, state: unknown, position: bigint, expected: bigint | null): Promise<void> {
    const client = await this.connect();
    let committing = false;
    try {
      await client.query('BEGIN');
      await compareAndSetCheckpoint(client, this.schema, name, position, await this.storedFrom(client, name, expected));
      await client.query(
        `INSERT INTO ${quoteIdent(this.schema)}.projection_states (name, state) VALUES ($1, $2::jsonb)
         ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
        [name, JSON.stringify(state ?? null)],
      );
      committing = true;
      await client.query('COMMIT');
      this.uncertain.delete(name);
    } catch (e) {
      const unavailable = asUnavailable(e, `saving the state of ${name}`);
      if (committing && unavailable !== e) this.uncertain.set(name, { position, expected });
      await client.query('ROLLBACK').catch(() => undefined);
      throw unavailable;
    } finally {
      client.release();
    }
  }

  /** The position to compare-and-set from: `expected`, or an uncertain save's if that one happened. */
  private async storedFrom(client: Parameters<typeof loadCheckpoint>[0], name: string, expected: bigint | null): Promise<bigint | null> {
    const u = this.uncertain.get(name);
    if (!u || u.expected !== expected) return expected;
    const stored = await loadCheckpoint(client, this.schema, name);
    return stored === u.position ? u.position : expected;
  }
}
