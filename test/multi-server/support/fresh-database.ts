import { Client } from 'pg';
import { quoteIdent } from '../../../libs/store-postgres/src/sql';
import { TEST_POSTGRES_URL } from '../../../libs/store-postgres/src/testing/postgres-test-server';

/** A database of its own for one test file, created on the test server and dropped with FORCE
 * (the API processes may still hold connections if they were killed). */
export interface FreshDatabase {
  name: string;
  url: string;
  /**
   * Committed and rolled-back transactions in this database, read once its other sessions have ended
   * (a backend flushes its statistics when it exits). Every append that lost a race on its stream's
   * revision rolls back, so `rollbacks` shows how much real contention a test produced.
   */
  transactionCounts(waitMs?: number): Promise<{ commits: number; rollbacks: number; sessionsLeft: number }>;
  drop(): Promise<void>;
}

const admin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
  const c = new Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
};

export const createFreshDatabase = async (label: string): Promise<FreshDatabase> => {
  const name = `samsyn_${label}_${process.pid}_${Date.now()}`;
  await admin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    transactionCounts: (waitMs = 5_000) =>
      admin(async (c) => {
        const deadline = Date.now() + waitMs;
        let sessionsLeft = 0;
        for (;;) {
          const r = await c.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          sessionsLeft = Number(r.rows[0].n);
          if (sessionsLeft === 0 || Date.now() >= deadline) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const r = await c.query<{ xact_commit: string; xact_rollback: string }>(
          'SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = $1',
          [name],
        );
        return { commits: Number(r.rows[0]?.xact_commit ?? 0), rollbacks: Number(r.rows[0]?.xact_rollback ?? 0), sessionsLeft };
      }),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
};
