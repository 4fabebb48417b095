import { Pool, type PoolClient } from 'pg';
import { CheckpointConflictError, type CheckpointStore } from '@samsyn/event-store/port';
import { migrate } from './migrations';
import { quoteIdent, toBigIntOrNull } from './sql';
import { asUnavailable, guardPool } from './pool-guard';

type Queryable = Pick<PoolClient, 'query'>;

/**
 * Compare-and-set on one row, in one statement: the row moves only from the value its writer
 * read. Shared with PostgresProjectionStateStore, which runs it inside its own transaction.
 */
export async function compareAndSetCheckpoint(
  db: Queryable,
  schema: string,
  name: string,
  position: bigint,
  expected: bigint | null,
): Promise<void> {
  const s = quoteIdent(schema);
  const r =
    expected === null
      ? await db.query(
          `INSERT INTO ${s}.checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
          [name, position.toString()],
        )
      : await db.query(
          `UPDATE ${s}.checkpoints SET position = $2, updated_at = now() WHERE name = $1 AND position = $3`,
          [name, position.toString(), expected.toString()],
        );
  if (r.rowCount === 1) return;
  throw new CheckpointConflictError(name, expected, await loadCheckpoint(db, schema, name));
}

export async function loadCheckpoint(db: Queryable, schema: string, name: string): Promise<bigint | null> {
  const r = await db.query<{ position: string }>(`SELECT position FROM ${quoteIdent(schema)}.checkpoints WHERE name = $1`, [name]);
  return toBigIntOrNull(r.rows[0]?.position);
}

export class PostgresCheckpointStore implements CheckpointStore {
  constructor(private readonly pool: Pool, readonly schema = 'samsyn') {}

  /** Applies the migrations (idempotent) so the store can be used on its own. */
  static async create(pool: Pool, schema = 'samsyn'): Promise<PostgresCheckpointStore> {
    guardPool(pool);
    await migrate(pool, schema);
    return new PostgresCheckpointStore(pool, schema);
  }

  load(name: string): Promise<bigint | null> {
    return loadCheckpoint(this.pool, this.schema, name).catch((e) => Promise.reject(asUnavailable(e, `loading checkpoint ${name}`)));
  }

  store(name: string, position: bigint, expected: bigint | null): Promise<void> {
    return compareAndSetCheckpoint(this.pool, this.schema, name, position, expected).catch((e) =>
      Promise.reject(asUnavailable(e, `storing checkpoint ${name}`)),
    );
  }
}
