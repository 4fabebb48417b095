import { randomInt } from 'node:crypto';
import type { StoredEvent } from '@samsyn/event-store/port';
import { verifyChain } from '@samsyn/event-store/hash-chain';
import { Pool } from 'pg';
import { PostgresEventStore } from './postgres-event-store';
import { describeWithPostgres, dropSchema, freshSchemaName, TEST_POSTGRES_URL, testPool } from './testing/postgres-test-server';

const WRITERS = 8;
const APPENDS_PER_WRITER = 200;

const meta = { actor: 'writer', occurredAt: '2024-05-01T10:00:00.000Z', correlationId: 'c', causationId: null };

/**
 * The global-order trap, tested: many writers on their own pools race appends while a subscriber
 * on yet another pool follows live. A store that let a later position commit before an earlier one
 * would make the follower skip the late event (it has moved its cursor past it) or see a gap.
 */
describeWithPostgres('PostgreSQL global order under concurrent writers', () => {
  let admin: Pool;
  let schema: string;
  const stores: PostgresEventStore[] = [];

  beforeAll(() => {
    admin = testPool(2);
  });
  beforeEach(() => {
    schema = freshSchemaName('order');
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await dropSchema(admin, schema);
  });
  afterAll(() => admin.end());

  const open = async (extra: { pollIntervalMs?: number; max?: number; app?: string } = {}) => {
    const store = await PostgresEventStore.create({
      connectionString: TEST_POSTGRES_URL,
      schema,
      pollIntervalMs: extra.pollIntervalMs ?? 50,
      pageSize: 64,
      poolConfig: { max: extra.max ?? 3, application_name: extra.app ?? 'samsyn-test' },
    });
    stores.push(store);
    return store;
  };

  it(`${WRITERS} writers × ${APPENDS_PER_WRITER} appends: the follower sees every event once, in order, gapless, chained`, async () => {
    const follower = await open({ pollIntervalMs: 25 });
    const writers = await Promise.all(Array.from({ length: WRITERS }, () => open()));

    const seen: StoredEvent[] = [];
    let deliveredWhileWriting = 0;
    let writing = true;
    let expectedTotal = -1;
    let resolveAll!: () => void;
    const all = new Promise<void>((r) => (resolveAll = r));
    const failures: unknown[] = [];
    const sub = follower.subscribe({
      onEvent: (e) => {
        seen.push(e);
        if (writing) deliveredWhileWriting++;
        if (seen.length === expectedTotal) resolveAll();
      },
      onError: (e) => failures.push(e),
    });
    await sub.caughtUp;

    const written = await Promise.all(
      writers.map(async (store, w) => {
        let count = 0;
        for (let i = 0; i < APPENDS_PER_WRITER; i++) {
          const n = randomInt(1, 4); // multi-event appends too
          const stream = `proc-${randomInt(0, 40)}`;
          await store.append(
            stream,
            Array.from({ length: n }, (_, k) => ({ type: 'Raced', schemaVersion: 1, data: { w, i, k }, metadata: meta })),
            { expectedRevision: 'any' },
          );
          count += n;
        }
        return count;
      }),
    );
    writing = false;
    expectedTotal = written.reduce((a, b) => a + b, 0);
    if (seen.length >= expectedTotal) resolveAll();
    await all;
    await sub.stop();

    expect(failures).toEqual([]);
    expect(seen).toHaveLength(expectedTotal);
    // Positions 1..N, each exactly once, in order: nothing skipped, nothing repeated.
    expect(seen.map((e) => e.position)).toEqual(Array.from({ length: expectedTotal }, (_, i) => BigInt(i + 1)));
    expect(new Set(seen.map((e) => e.id)).size).toBe(expectedTotal);
    // It really followed live, not one read at the end.
    expect(deliveredWhileWriting).toBeGreaterThan(0);
    // Per stream, revisions are 0..n-1 in delivery order.
    const revisions = new Map<string, bigint>();
    for (const e of seen) {
      expect(e.revision).toBe((revisions.get(e.streamId) ?? -1n) + 1n);
      revisions.set(e.streamId, e.revision);
    }
    expect(await verifyChain(seen, { gapless: true })).toMatchObject({ ok: true, checked: expectedTotal });
    expect(await follower.verifyChain()).toMatchObject({ ok: true, checked: expectedTotal, headPosition: BigInt(expectedTotal) });
    expect(await follower.readAll()).toEqual(seen);
  }, 120_000);

  it('wakes on NOTIFY without waiting for the poll', async () => {
    const follower = await open({ pollIntervalMs: 600_000 });
    const writer = await open();
    const seen: StoredEvent[] = [];
    let arrived!: () => void;
    const two = new Promise<void>((r) => (arrived = r));
    const sub = follower.subscribe({
      onEvent: (e) => {
        seen.push(e);
        if (seen.length === 2) arrived();
      },
    });
    await sub.caughtUp;
    await (follower as unknown as { notifier: { ready(): Promise<void> } }).notifier.ready();
    await writer.append('proc-1', [{ type: 'A', schemaVersion: 1, data: {}, metadata: meta }], { expectedRevision: 'no-stream' });
    await writer.append('proc-1', [{ type: 'B', schemaVersion: 1, data: {}, metadata: meta }], { expectedRevision: 0n });
    await two; // with a ten-minute poll, only a notification can deliver these within the test timeout
    expect(seen.map((e) => e.type)).toEqual(['A', 'B']);
    await sub.stop();
  }, 10_000);

  it('keeps delivering by polling when the LISTEN connection is killed, and listens again', async () => {
    const app = `samsyn-listen-${schema}`.slice(0, 63);
    const follower = await open({ pollIntervalMs: 100, app });
    const writer = await open();
    const seen: StoredEvent[] = [];
    const waiters: { n: number; done: () => void }[] = [];
    const until = (n: number) => new Promise<void>((done) => (seen.length >= n ? done() : waiters.push({ n, done })));
    const sub = follower.subscribe({
      onEvent: (e) => {
        seen.push(e);
        for (const w of waiters) if (seen.length >= w.n) w.done();
      },
    });
    await sub.caughtUp;
    await (follower as unknown as { notifier: { ready(): Promise<void> } }).notifier.ready();
    const killed = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN%'`,
      [app],
    );
    expect(killed.rowCount).toBe(1);
    for (let i = 0; i < 3; i++) {
      await writer.append('proc-1', [{ type: 'A', schemaVersion: 1, data: { i }, metadata: meta }], { expectedRevision: 'any' });
    }
    await until(3);
    expect(seen.map((e) => e.position)).toEqual([1n, 2n, 3n]);
    // The notifier reconnects after about a second; wait for its LISTEN to show up again.
    let listening = 0;
    for (let tries = 0; tries < 50 && listening === 0; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      listening = (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN%'`, [app])).rowCount ?? 0;
    }
    expect(listening).toBe(1);
    await sub.stop();
  }, 20_000);
});
