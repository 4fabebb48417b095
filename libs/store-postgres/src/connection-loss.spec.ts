import { StoreUnavailableError } from '@samsyn/event-store/port';
import { Pool, type PoolClient } from 'pg';
import { createPostgresEventStore, type PostgresEventStore } from './postgres-event-store';
import { PostgresProjectionStateStore } from './postgres-projection-state-store';
import { guardPool } from './pool-guard';
import { isConnectionError } from './sql';
import { describeWithPostgres, dropSchema, freshSchemaName, TEST_POSTGRES_URL } from './testing/postgres-test-server';

const APPEND_LOCK = 0x5a4d4150;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const event = (n: number) => ({ type: 'Happened', schemaVersion: 1, data: { n }, metadata: { actor: 't', occurredAt: '2026-01-01T00:00:00.000Z', correlationId: 'c', causationId: 'c' } });

/** Waits until another backend of this database waits for a lock (the append behind `holder`); returns its pid. */
const backendWaitingBehind = async (admin: Pool, holder: number): Promise<number> => {
  for (let i = 0; i < 250; i++) {
    // An idle session shows its last statement too: only a backend that is running it and waiting counts.
    const r = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> $1
          AND state = 'active' AND wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'`,
      [holder],
    );
    if (r.rows[0]) return r.rows[0].pid;
    await sleep(20);
  }
  throw new Error('no append waited for the append lock');
};

/**
 * Issue 10 item 3, one connection at a time: a server-side cut of a connection (what a restart
 * does to all of them) must reach the operation that used it as StoreUnavailableError, never as
 * an unhandled 'error' event that kills the process. The private-cluster restart test
 * (test/outages) does the same to every connection at once.
 */
describeWithPostgres('a PostgreSQL connection cut by the server', () => {
  let admin: Pool;
  let schema: string;

  beforeAll(() => {
    admin = guardPool(new Pool({ connectionString: TEST_POSTGRES_URL, max: 2 }));
  });
  beforeEach(() => {
    schema = freshSchemaName('cut');
  });
  afterEach(() => dropSchema(admin, schema));
  afterAll(() => admin.end());

  it('an append whose connection dies mid-transaction fails with StoreUnavailableError, is not stored, and the store goes on', async () => {
    // A pool with no listeners of its own, as an operator's code would pass it in.
    const pool = new Pool({ connectionString: TEST_POSTGRES_URL, max: 3 });
    const lost: Error[] = [];
    const store: PostgresEventStore = await createPostgresEventStore({ pool, schema, onConnectionError: (e) => lost.push(e) });
    await store.append('s-1', [event(1)], { expectedRevision: 'no-stream' });

    // Hold the append lock, so the next append waits inside its transaction; then cut it off.
    const holder = await admin.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [APPEND_LOCK, schema]);
    const pending = store.append('s-1', [event(2)], { expectedRevision: 0n });
    const pid = await backendWaitingBehind(admin, (holder as PoolClient & { processID: number }).processID);
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    const failure = await pending.catch((e: unknown) => e);
    await holder.query('COMMIT');
    holder.release();

    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect(lost.length).toBeGreaterThan(0);
    expect((await store.readStream('s-1')).map((e) => e.data)).toEqual([{ n: 1 }]);
    await store.append('s-1', [event(3)], { expectedRevision: 0n });
    expect((await store.readStream('s-1')).map((e) => e.data)).toEqual([{ n: 1 }, { n: 3 }]);
    await store.close();
    await pool.end();
  });

  it('an idle client cut while checked out does not kill the process; its next query fails as a connection error', async () => {
    const pool = new Pool({ connectionString: TEST_POSTGRES_URL, max: 2 });
    const states = await PostgresProjectionStateStore.create(pool, schema);
    const client = await pool.connect();
    const pid = (client as PoolClient & { processID: number }).processID;
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await sleep(200); // the 'error' event arrives now, with nothing of ours running on the client
    const next = await client.query('SELECT 1').catch((e: unknown) => e);
    client.release();
    expect(isConnectionError(next)).toBe(true);
    await states.save('board', { v: 1 }, 1n, null);
    expect(await states.load('board')).toEqual({ state: { v: 1 }, position: 1n });
    await pool.end();
  });

  it.each([
    ['committed', true],
    ['rolled back', false],
  ])('a state save whose COMMIT answer was lost (it %s) does not stop the next save', async (_, commits) => {
    const pool = new Pool({ connectionString: TEST_POSTGRES_URL, max: 2 });
    const states = await PostgresProjectionStateStore.create(pool, schema);
    await states.save('board', { v: 1 }, 1n, null);
    // The next COMMIT happens (or not) and then the connection "dies" before its answer arrives.
    const connect = pool.connect.bind(pool) as () => Promise<PoolClient>;
    let cut = true;
    (pool as unknown as { connect: () => Promise<PoolClient> }).connect = async () => {
      const client = await connect();
      const query = client.query.bind(client) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
      (client as unknown as { query: typeof query }).query = async (sql: string, ...rest: unknown[]) => {
        if (sql !== 'COMMIT' || !cut) return query(sql, ...rest);
        cut = false;
        await query(commits ? 'COMMIT' : 'ROLLBACK');
        throw new Error('Connection terminated unexpectedly');
      };
      return client;
    };
    await expect(states.save('board', { v: 2 }, 5n, 1n)).rejects.toBeInstanceOf(StoreUnavailableError);
    // The runner still holds 1 as the persisted position and saves its newer state from there.
    await states.save('board', { v: 3 }, 9n, 1n);
    expect(await states.load('board')).toEqual({ state: { v: 3 }, position: 9n });
    await pool.end();
  });

  it.each([
    ['pg after a cut', new Error('Client has encountered a connection error and is not queryable')],
    ['pg pool', new Error('timeout exceeded when trying to connect')],
    ['admin shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['dual-stack refusal', Object.assign(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' }), Object.assign(new Error('b'), { code: 'ECONNREFUSED' })]), {})],
  ])('%s is a connection error', (_, e) => expect(isConnectionError(e)).toBe(true));

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a syntax error', Object.assign(new Error('syntax error'), { code: '42601' })],
  ])('%s is not', (_, e) => expect(isConnectionError(e)).toBe(false));
});
