import { randomUUID } from 'node:crypto';
import { describeEventStoreContract } from '@samsyn/event-store/contract';
import { describeMerkleTreeContract } from '@samsyn/audit-proofs/contract/merkle-tree.contract';
import { StoreUnavailableError } from '@samsyn/event-store/port';
import { EventStoreDbEventStore, withKeepAlive } from './eventstoredb-event-store';

const EVENTSTORE_URL = process.env.EVENTSTORE_URL;

/** Each subject gets its own stream namespace on the shared server: a fresh, empty store. */
const subject = async () => {
  const store = EventStoreDbEventStore.fromConnectionString(EVENTSTORE_URL!, {
    namespace: `t${randomUUID().slice(0, 8)}-`,
    backoff: { initialMs: 50, maxMs: 1000 },
  });
  return { store, cleanup: () => store.close() };
};

if (EVENTSTORE_URL) {
  // EventStoreDB's log cannot be edited behind the server's back: no tamper tests.
  describeEventStoreContract(`EventStoreDB at ${EVENTSTORE_URL.replace(/\/\/[^@/]*@/, '//***@')}`, subject, { tamper: false });
  describeMerkleTreeContract('EventStoreDB', async () => ({ ...(await subject()), leafPosition: (_e, i) => BigInt(i + 1) }));
} else {
  describe.skip('EventStoreDB store contract [optional] — skipped: EVENTSTORE_URL is not set, no EventStoreDB server can run on this machine', () => {
    describeEventStoreContract('EventStoreDB', subject, { tamper: false });
  });
  describe.skip('EventStoreDB Merkle tree [optional] — skipped: EVENTSTORE_URL is not set', () => {
    describeMerkleTreeContract('EventStoreDB', async () => ({ ...(await subject()), leafPosition: (_e, i) => BigInt(i + 1) }));
  });
}

describe('EventStoreDB client wiring (no server needed)', () => {
  it('keeps gRPC keepalive on unless the connection string sets it', () => {
    expect(withKeepAlive('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false&keepAliveInterval=10000&keepAliveTimeout=10000');
    expect(withKeepAlive('esdb://localhost:2113')).toBe('esdb://localhost:2113?keepAliveInterval=10000&keepAliveTimeout=10000');
    expect(withKeepAlive('esdb://h:2113?keepAliveInterval=5000')).toBe('esdb://h:2113?keepAliveInterval=5000');
  });

  // A port nothing listens on: the real client, a refused connection, no fake server.
  const UNREACHABLE = 'esdb://127.0.0.1:1?tls=false';

  it('reports an unreachable server as StoreUnavailableError and close() disposes the client', async () => {
    const store = EventStoreDbEventStore.fromConnectionString(UNREACHABLE);
    try {
      const err = await store
        .append('proc-1', [{ type: 'A', schemaVersion: 1, data: {}, metadata: { actor: 'u', occurredAt: 't', correlationId: 'c', causationId: null } }], {
          expectedRevision: 'no-stream',
        })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  }, 30_000);

  it('a subscription that cannot reach the server keeps retrying with backoff and counts the drops', async () => {
    const store = EventStoreDbEventStore.fromConnectionString(UNREACHABLE, { backoff: { initialMs: 5, maxMs: 20 } });
    const errors: unknown[] = [];
    const sub = store.subscribe({ onEvent: () => undefined, onError: (e) => errors.push(e) });
    try {
      for (let i = 0; i < 200 && store.status().drops < 3; i++) await new Promise((r) => setTimeout(r, 50));
      const status = store.status();
      expect(status.drops).toBeGreaterThanOrEqual(3);
      expect(status.lastDrop?.reason).toEqual(expect.any(String));
      expect(status.allCaughtUp).toBe(false);
      expect(errors).toEqual([]); // a drop is not the end of the subscription
    } finally {
      await sub.stop();
      await store.close();
    }
  }, 30_000);
});
