import type { Pool } from 'pg';
import { describeMerkleTreeContract } from '@samsyn/audit-proofs/contract/merkle-tree.contract';
import { PostgresEventStore } from './postgres-event-store';
import { quoteIdent } from './sql';
import { describeWithPostgres, dropSchema, freshSchemaName, testPool } from './testing/postgres-test-server';

// Appends sync to disk one by one: generous on a busy machine (never a timing assertion).
jest.setTimeout(60_000);

describeWithPostgres('PostgreSQL store: Merkle tree', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = testPool(10);
  });
  afterAll(() => pool.end());

  describeMerkleTreeContract('PostgreSQL', async () => {
    const schema = freshSchemaName('merkle');
    const opened = [await PostgresEventStore.create({ pool, schema, pollIntervalMs: 200 })];
    return {
      store: opened[0],
      // As a schema migrated to version 2 over events written before it: no nodes yet.
      dropTree: async () => void (await pool.query(`DELETE FROM ${quoteIdent(schema)}.merkle_nodes`)),
      reopen: async () => {
        opened.push(await PostgresEventStore.create({ pool, schema, pollIntervalMs: 200 }));
        return opened[opened.length - 1];
      },
      cleanup: async () => {
        for (const s of opened) await s.close();
        await dropSchema(pool, schema);
      },
    };
  });
});
