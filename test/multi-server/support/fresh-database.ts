import { Client } from 'pg';
import { quoteIdent } from '../../../libs/store-postgres/src/sql';
import { TEST_POSTGRES_URL } from '../../../libs/store-postgres/src/testing/postgres-test-server';

/** A database of its own for one test file, created on the test server and dropped with FORCE
 * (the API processes may still hold connections if they were killed). */
export interface FreshDatabase {
  name: string;
  url: string;
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
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
};
