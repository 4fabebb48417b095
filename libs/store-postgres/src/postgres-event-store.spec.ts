import { describeCheckpointStoreContract, describeEventStoreContract, type TamperHooks } from '@samsyn/event-store/contract';
import type { Pool } from 'pg';
import { PostgresCheckpointStore } from './postgres-checkpoint-store';
import { PostgresEventStore } from './postgres-event-store';
import { quoteIdent } from './sql';
import { describeWithPostgres, dropSchema, freshSchemaName, testPool } from './testing/postgres-test-server';

/** Edits rows behind the store's back, as an attacker with database access would. */
const tamperHooks = (pool: Pool, schema: string): TamperHooks => {
  const t = `${quoteIdent(schema)}.events`;
  return {
    async editEventData(position, newData) {
      await pool.query(`UPDATE ${t} SET data = $2::jsonb WHERE position = $1`, [position.toString(), JSON.stringify(newData)]);
    },
    async deleteEvent(position) {
      await pool.query(`DELETE FROM ${t} WHERE position = $1`, [position.toString()]);
    },
    async swapEvents(a, b) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const rows = (await client.query(`DELETE FROM ${t} WHERE position IN ($1, $2) RETURNING *`, [a.toString(), b.toString()])).rows;
        for (const r of rows) {
          const to = String(r.position) === a.toString() ? b : a;
          await client.query(
            `INSERT INTO ${t} (position, stream_id, revision, id, type, schema_version, data, metadata, hash, previous_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10)`,
            [to.toString(), r.stream_id, r.revision, r.id, r.type, r.schema_version, JSON.stringify(r.data), JSON.stringify(r.metadata), r.hash, r.previous_hash],
          );
        }
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
    },
  };
};

describeWithPostgres('PostgreSQL store', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = testPool(20);
  });
  afterAll(() => pool.end());

  describeEventStoreContract('PostgreSQL', async () => {
    const schema = freshSchemaName('contract');
    const store = await PostgresEventStore.create({ pool, schema, pollIntervalMs: 200 });
    return {
      store,
      tamper: tamperHooks(pool, schema),
      cleanup: async () => {
        await store.close();
        await dropSchema(pool, schema);
      },
    };
  });

  describeCheckpointStoreContract('PostgreSQL', async () => {
    const schema = freshSchemaName('checkpoint');
    return {
      checkpoints: await PostgresCheckpointStore.create(pool, schema),
      cleanup: () => dropSchema(pool, schema),
    };
  });
});
