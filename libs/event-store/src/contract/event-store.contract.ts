/**
 * The one behavioural suite every EventStore adapter passes. It calls jest's describe/it itself,
 * so it lives in its own entry ('@samsyn/event-store/contract'): production code never imports jest.
 * Asynchrony is awaited through promises resolved by handlers, never with sleeps.
 */
import { GENESIS_HASH } from '../hash-chain/hash-event';
import { ConcurrencyError } from '../port/errors';
import type { EventMetadata, EventStore, EventToAppend, ExpectedRevision, StoredEvent, Subscription } from '../port/event-store.port';

export interface TamperHooks {
  /** Rewrites the stored data of the event at `position`, leaving its hashes as they were. */
  editEventData(position: bigint, newData: unknown): Promise<void>;
  /** Removes the event at `position`. */
  deleteEvent(position: bigint): Promise<void>;
  /** Exchanges the stored content of two events, each keeping its position. */
  swapEvents(a: bigint, b: bigint): Promise<void>;
}

export interface ContractSubject {
  /** A fresh, empty store. */
  store: EventStore;
  cleanup(): Promise<void>;
  tamper?: TamperHooks;
}

const GENESIS = GENESIS_HASH;

const meta = (over: Partial<EventMetadata> = {}): EventMetadata => ({
  actor: 'user-1',
  occurredAt: '2024-05-01T10:00:00.000Z',
  correlationId: 'corr-1',
  causationId: null,
  ...over,
});

const ev = (type: string, data: unknown = {}, over: Partial<EventToAppend> = {}): EventToAppend => ({
  type,
  schemaVersion: 1,
  data,
  metadata: meta(),
  ...over,
});

const events = (n: number, type = 'Counted'): EventToAppend[] => Array.from({ length: n }, (_, i) => ev(type, { i }));

const rejection = async (p: Promise<unknown>): Promise<unknown> => {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
};

/** Collects delivered events; `until(n)` resolves once n events have arrived. */
const collector = () => {
  const seen: StoredEvent[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  return {
    seen,
    onEvent: (e: StoredEvent) => {
      seen.push(e);
      for (const w of waiters.filter((w) => seen.length >= w.n)) w.resolve();
    },
    until: (n: number) =>
      new Promise<void>((resolve) => {
        if (seen.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
  };
};

export interface ContractOptions {
  /** false for adapters whose storage cannot be edited behind their back (EventStoreDB): the
   * tamper tests are then not registered at all (rather than passing vacuously). Default true:
   * the subject must then provide `tamper`. */
  tamper?: boolean;
}

export function describeEventStoreContract(name: string, factory: () => Promise<ContractSubject>, options: ContractOptions = {}): void {
  const tamperable = options.tamper ?? true;
  describe(`EventStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    const subscriptions: Subscription[] = [];
    const track = (s: Subscription) => (subscriptions.push(s), s);

    beforeEach(async () => {
      subject = await factory();
      store = subject.store;
    });

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((s) => s.stop()));
      await subject.cleanup();
    });

    const expectConflict = async (p: Promise<unknown>, streamId: string, expected: ExpectedRevision, actual: bigint | null) => {
      const err = await rejection(p);
      expect(err).toBeInstanceOf(ConcurrencyError);
      const c = err as ConcurrencyError;
      expect(c.code).toBe('CONCURRENCY_CONFLICT');
      expect(c.streamId).toBe(streamId);
      expect(c.expected).toEqual(expected);
      expect(c.actual).toEqual(actual);
    };

    describe('append and expected revision', () => {
      it('no-stream creates a stream at revision 0 and returns bigint revision and position', async () => {
        const r = await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
        expect(typeof r.nextRevision).toBe('bigint');
        expect(typeof r.position).toBe('bigint');
        expect(r.nextRevision).toBe(0n);
        expect(r.replayed).toBe(false);
        expect(await store.streamRevision('proc-1')).toBe(0n);
      });

      it('no-stream on an existing stream conflicts with the actual revision', async () => {
        await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
        await expectConflict(store.append('proc-1', [ev('B')], { expectedRevision: 'no-stream' }), 'proc-1', 'no-stream', 1n);
      });

      it('an exact revision appends after it', async () => {
        await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
        const r = await store.append('proc-1', events(3), { expectedRevision: 1n });
        expect(r.nextRevision).toBe(4n);
        expect(await store.streamRevision('proc-1')).toBe(4n);
      });

      it('a wrong exact revision conflicts with the actual revision', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        await expectConflict(store.append('proc-1', [ev('B')], { expectedRevision: 0n }), 'proc-1', 0n, 2n);
        await expectConflict(store.append('proc-1', [ev('B')], { expectedRevision: 7n }), 'proc-1', 7n, 2n);
      });

      it('an exact revision on a missing stream conflicts with actual null', async () => {
        await expectConflict(store.append('proc-9', [ev('B')], { expectedRevision: 0n }), 'proc-9', 0n, null);
      });

      it('stream-exists appends to an existing stream and conflicts on a missing one', async () => {
        await expectConflict(store.append('proc-1', [ev('A')], { expectedRevision: 'stream-exists' }), 'proc-1', 'stream-exists', null);
        await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
        const r = await store.append('proc-1', [ev('B')], { expectedRevision: 'stream-exists' });
        expect(r.nextRevision).toBe(1n);
      });

      it('any appends whether or not the stream exists', async () => {
        expect((await store.append('proc-1', [ev('A')], { expectedRevision: 'any' })).nextRevision).toBe(0n);
        expect((await store.append('proc-1', events(2), { expectedRevision: 'any' })).nextRevision).toBe(2n);
      });

      it('a conflicting append writes nothing', async () => {
        await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
        const head = await store.headPosition();
        await rejection(store.append('proc-1', events(3), { expectedRevision: 5n }));
        expect(await store.headPosition()).toBe(head);
        expect(await store.readStream('proc-1')).toHaveLength(1);
      });

      it('a multi-event append is atomic: all events or none', async () => {
        await store.append('other', [ev('A')], { expectedRevision: 'no-stream' });
        const id = '6f1c1d1e-0000-4000-8000-000000000001';
        const err = await rejection(
          store.append('proc-1', [ev('A', {}, { id }), ev('B'), ev('C', {}, { id })], { expectedRevision: 'no-stream' }),
        );
        expect(err).toBeInstanceOf(Error);
        expect(await store.readStream('proc-1')).toEqual([]);
        expect(await store.streamRevision('proc-1')).toBeNull();
        expect((await store.readAll()).map((e) => e.streamId)).toEqual(['other']);

        const ok = await store.append('proc-1', [ev('A', {}, { id }), ev('B')], { expectedRevision: 'no-stream' });
        expect(ok.nextRevision).toBe(1n);
        expect((await store.readStream('proc-1'))[0].id).toBe(id);
      });

      it('the position returned is the position of the last appended event', async () => {
        const r = await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        const all = await store.readAll();
        expect(all[all.length - 1].position).toBe(r.position);
        expect(await store.headPosition()).toBe(r.position);
      });

      it('concurrent appends with the same expected revision: exactly one wins', async () => {
        await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream' });
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, (_, i) => store.append('proc-1', [ev('B', { i })], { expectedRevision: 0n })),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(4);
        for (const l of lost) {
          expect(l.reason).toBeInstanceOf(ConcurrencyError);
          expect((l.reason as ConcurrencyError).actual).toBe(1n);
        }
        expect(await store.readStream('proc-1')).toHaveLength(2);
      });

      it('concurrent no-stream appends: exactly one creates the stream', async () => {
        const results = await Promise.allSettled([1, 2, 3].map((i) => store.append('proc-new', [ev('A', { i })], { expectedRevision: 'no-stream' })));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(await store.readStream('proc-new')).toHaveLength(1);
      });
    });

    describe('stored events', () => {
      it('round-trips type, schema version, data, id and metadata', async () => {
        const metadata = meta({
          actor: 'alice',
          occurredAt: '2024-06-02T08:30:00.123Z',
          correlationId: 'corr-42',
          causationId: 'cause-7',
          idempotencyKey: 'idem-meta',
        });
        const data = { name: 'Intake', nested: { list: [1, 'two', null, true], empty: {} }, unicode: 'Grüße ✓' };
        const id = '0b9c2a4e-7d0f-4c1e-9d51-2f5b3c0e4a11';
        await store.append('proc-1', [{ id, type: 'ProcessRegistered', schemaVersion: 3, data, metadata }], { expectedRevision: 'no-stream' });
        const [e] = await store.readStream('proc-1');
        expect(e.id).toBe(id);
        expect(e.streamId).toBe('proc-1');
        expect(e.revision).toBe(0n);
        expect(typeof e.position).toBe('bigint');
        expect(e.type).toBe('ProcessRegistered');
        expect(e.schemaVersion).toBe(3);
        expect(e.data).toEqual(data);
        expect(e.metadata).toEqual(metadata);
        expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(e.previousHash).toBe(GENESIS);
      });

      it('assigns an id when the caller gives none, unique per event', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        const ids = (await store.readStream('proc-1')).map((e) => e.id);
        expect(new Set(ids).size).toBe(3);
        for (const id of ids) expect(typeof id).toBe('string');
      });
    });

    describe('readStream', () => {
      beforeEach(async () => {
        await store.append('proc-1', events(5), { expectedRevision: 'no-stream' });
        await store.append('proc-2', events(2), { expectedRevision: 'no-stream' });
      });

      const revs = (es: StoredEvent[]) => es.map((e) => e.revision);
      const idx = (es: StoredEvent[]) => es.map((e) => (e.data as { i: number }).i);

      it('reads forwards by default, only that stream', async () => {
        const es = await store.readStream('proc-1');
        expect(revs(es)).toEqual([0n, 1n, 2n, 3n, 4n]);
        expect(idx(es)).toEqual([0, 1, 2, 3, 4]);
        expect(es.every((e) => e.streamId === 'proc-1')).toBe(true);
      });

      it('reads forwards from a revision (inclusive) with maxCount', async () => {
        expect(revs(await store.readStream('proc-1', { fromRevision: 2n }))).toEqual([2n, 3n, 4n]);
        expect(revs(await store.readStream('proc-1', { fromRevision: 1n, maxCount: 2 }))).toEqual([1n, 2n]);
        expect(await store.readStream('proc-1', { fromRevision: 9n })).toEqual([]);
      });

      it('reads backwards from the end, or from a revision (inclusive), with maxCount', async () => {
        expect(revs(await store.readStream('proc-1', { direction: 'backwards' }))).toEqual([4n, 3n, 2n, 1n, 0n]);
        expect(revs(await store.readStream('proc-1', { direction: 'backwards', maxCount: 2 }))).toEqual([4n, 3n]);
        expect(revs(await store.readStream('proc-1', { direction: 'backwards', fromRevision: 2n }))).toEqual([2n, 1n, 0n]);
        expect(revs(await store.readStream('proc-1', { direction: 'backwards', fromRevision: 3n, maxCount: 2 }))).toEqual([3n, 2n]);
      });

      it('an empty or missing stream reads as []', async () => {
        expect(await store.readStream('nope')).toEqual([]);
        expect(await store.readStream('nope', { direction: 'backwards' })).toEqual([]);
        expect(await store.streamRevision('nope')).toBeNull();
      });

      it('streamRevision is the last revision', async () => {
        expect(await store.streamRevision('proc-1')).toBe(4n);
        expect(await store.streamRevision('proc-2')).toBe(1n);
      });

      it('does not confuse streams sharing a prefix', async () => {
        await store.append('proc-10', events(1), { expectedRevision: 'no-stream' });
        expect(await store.readStream('proc-1')).toHaveLength(5);
        expect(await store.streamRevision('proc-10')).toBe(0n);
      });
    });

    describe('readAll and positions', () => {
      it('an empty store: readAll [] and headPosition null', async () => {
        expect(await store.readAll()).toEqual([]);
        expect(await store.headPosition()).toBeNull();
      });

      it('reads every event in append order with strictly increasing positions', async () => {
        await store.append('proc-1', events(2, 'A'), { expectedRevision: 'no-stream' });
        await store.append('term-1', events(1, 'B'), { expectedRevision: 'no-stream' });
        await store.append('proc-1', events(2, 'C'), { expectedRevision: 1n });
        const all = await store.readAll();
        expect(all.map((e) => `${e.streamId}@${e.revision}`)).toEqual(['proc-1@0', 'proc-1@1', 'term-1@0', 'proc-1@2', 'proc-1@3']);
        for (let i = 1; i < all.length; i++) expect(all[i].position > all[i - 1].position).toBe(true);
        expect(await store.headPosition()).toBe(all[all.length - 1].position);
      });

      it('after is exclusive; maxCount limits', async () => {
        await store.append('proc-1', events(6), { expectedRevision: 'no-stream' });
        const all = await store.readAll();
        const after = await store.readAll({ after: all[1].position });
        expect(after.map((e) => e.revision)).toEqual([2n, 3n, 4n, 5n]);
        const page = await store.readAll({ after: all[1].position, maxCount: 2 });
        expect(page.map((e) => e.revision)).toEqual([2n, 3n]);
        expect(await store.readAll({ after: all[5].position })).toEqual([]);
      });

      it('filters by stream prefixes and event types, maxCount counting matches only', async () => {
        await store.append('proc-1', [ev('ProcessRegistered'), ev('ProcessRenamed')], { expectedRevision: 'no-stream' });
        await store.append('term-1', [ev('TermDefined')], { expectedRevision: 'no-stream' });
        await store.append('proc-2', [ev('ProcessRegistered')], { expectedRevision: 'no-stream' });
        await store.append('system-1', [ev('SystemRegistered')], { expectedRevision: 'no-stream' });
        await store.append('term-2', [ev('TermDefined')], { expectedRevision: 'no-stream' });

        const byPrefix = await store.readAll({ filter: { streamPrefixes: ['term-', 'system-'] } });
        expect(byPrefix.map((e) => e.streamId)).toEqual(['term-1', 'system-1', 'term-2']);

        const byType = await store.readAll({ filter: { eventTypes: ['ProcessRegistered', 'TermDefined'] } });
        expect(byType.map((e) => `${e.streamId}:${e.type}`)).toEqual([
          'proc-1:ProcessRegistered',
          'term-1:TermDefined',
          'proc-2:ProcessRegistered',
          'term-2:TermDefined',
        ]);

        const both = await store.readAll({ filter: { streamPrefixes: ['proc-'], eventTypes: ['ProcessRegistered'] } });
        expect(both.map((e) => e.streamId)).toEqual(['proc-1', 'proc-2']);

        const limited = await store.readAll({ maxCount: 2, filter: { eventTypes: ['TermDefined', 'SystemRegistered'] } });
        expect(limited.map((e) => e.streamId)).toEqual(['term-1', 'system-1']);

        const afterFirst = await store.readAll({ after: byPrefix[0].position, filter: { streamPrefixes: ['term-'] } });
        expect(afterFirst.map((e) => e.streamId)).toEqual(['term-2']);
      });

      it('a prefix is a literal prefix, not a pattern', async () => {
        await store.append('a_b-1', [ev('X')], { expectedRevision: 'no-stream' });
        await store.append('aXb-1', [ev('X')], { expectedRevision: 'no-stream' });
        await store.append('a%b-1', [ev('X')], { expectedRevision: 'no-stream' });
        expect((await store.readAll({ filter: { streamPrefixes: ['a_b'] } })).map((e) => e.streamId)).toEqual(['a_b-1']);
        expect((await store.readAll({ filter: { streamPrefixes: ['a%'] } })).map((e) => e.streamId)).toEqual(['a%b-1']);
      });
    });

    describe('idempotency', () => {
      it('a repeated key returns the first result, replayed, and writes nothing', async () => {
        const first = await store.append('proc-1', events(2), { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
        expect(first.replayed).toBe(false);
        const head = await store.headPosition();
        // The expected revision would now fail: the first answer must still come back.
        const again = await store.append('proc-1', events(2), { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
        expect(again).toEqual({ nextRevision: first.nextRevision, position: first.position, replayed: true });
        expect(await store.headPosition()).toBe(head);
        expect(await store.readStream('proc-1')).toHaveLength(2);
      });

      it('a replay after later appends still returns the first result', async () => {
        const first = await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
        await store.append('proc-1', [ev('B')], { expectedRevision: 0n });
        const again = await store.append('proc-1', [ev('A')], { expectedRevision: 'any', idempotencyKey: 'k-1' });
        expect(again).toEqual({ ...first, replayed: true });
        expect(await store.streamRevision('proc-1')).toBe(1n);
      });

      it('different keys both write; a failed append does not consume its key', async () => {
        await store.append('proc-1', [ev('A')], { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
        await store.append('proc-1', [ev('B')], { expectedRevision: 0n, idempotencyKey: 'k-2' });
        await expectConflict(store.append('proc-1', [ev('C')], { expectedRevision: 0n, idempotencyKey: 'k-3' }), 'proc-1', 0n, 1n);
        const r = await store.append('proc-1', [ev('C')], { expectedRevision: 1n, idempotencyKey: 'k-3' });
        expect(r.replayed).toBe(false);
        expect(await store.streamRevision('proc-1')).toBe(2n);
      });

      it('idempotencyRecord names the stream and result of the append that spent a key, on any stream', async () => {
        expect(await store.idempotencyRecord('k-1')).toBeNull();
        const first = await store.append('proc-1', events(2), { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
        expect(await store.idempotencyRecord('k-1')).toEqual({ streamId: 'proc-1', nextRevision: first.nextRevision, position: first.position });
        // Spent on proc-1: an append elsewhere with it is a replay there, and the record still names proc-1.
        const elsewhere = await store.append('term-9', [ev('X')], { expectedRevision: 'no-stream', idempotencyKey: 'k-1' });
        expect(elsewhere.replayed).toBe(true);
        expect((await store.idempotencyRecord('k-1'))?.streamId).toBe('proc-1');
        expect(await store.idempotencyRecord('k-2')).toBeNull();
      });
    });

    describe('catch-up subscription', () => {
      it('delivers history, turns live, then delivers new events in order exactly once', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        const c = collector();
        let caughtUpAt: bigint | undefined;
        const sub = track(store.subscribe({ onEvent: c.onEvent, onCaughtUp: (p) => (caughtUpAt = p) }));
        await sub.caughtUp;
        expect(c.seen.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
        expect(caughtUpAt).toBe(await store.headPosition());

        await store.append('proc-1', events(2), { expectedRevision: 2n });
        await store.append('term-1', events(1), { expectedRevision: 'no-stream' });
        await c.until(6);
        const all = await store.readAll();
        expect(c.seen.map((e) => e.position)).toEqual(all.map((e) => e.position));
        expect(c.seen).toEqual(all);
      });

      it('on an empty store catches up at once and delivers live events', async () => {
        const c = collector();
        const sub = track(store.subscribe({ onEvent: c.onEvent }));
        await sub.caughtUp;
        expect(c.seen).toEqual([]);
        await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
        await c.until(2);
        expect(c.seen.map((e) => e.revision)).toEqual([0n, 1n]);
      });

      it('starts after a given position (exclusive)', async () => {
        await store.append('proc-1', events(4), { expectedRevision: 'no-stream' });
        const all = await store.readAll();
        const c = collector();
        const sub = track(store.subscribe({ after: all[1].position, onEvent: c.onEvent }));
        await sub.caughtUp;
        expect(c.seen.map((e) => e.revision)).toEqual([2n, 3n]);
        await store.append('proc-1', events(1), { expectedRevision: 3n });
        await c.until(3);
        expect(c.seen.map((e) => e.revision)).toEqual([2n, 3n, 4n]);
      });

      it('applies the filter to history and live events', async () => {
        await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
        await store.append('term-1', events(1), { expectedRevision: 'no-stream' });
        const c = collector();
        const sub = track(store.subscribe({ filter: { streamPrefixes: ['term-'] }, onEvent: c.onEvent }));
        await sub.caughtUp;
        expect(c.seen.map((e) => e.streamId)).toEqual(['term-1']);
        await store.append('proc-1', events(1), { expectedRevision: 1n });
        await store.append('term-2', events(1), { expectedRevision: 'no-stream' });
        await c.until(2);
        expect(c.seen.map((e) => e.streamId)).toEqual(['term-1', 'term-2']);
      });

      it('waits for an async handler before delivering the next event', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        let inFlight = 0;
        let maxInFlight = 0;
        const c = collector();
        const sub = track(
          store.subscribe({
            onEvent: async (e) => {
              inFlight++;
              maxInFlight = Math.max(maxInFlight, inFlight);
              await Promise.resolve();
              await new Promise((r) => setImmediate(r));
              inFlight--;
              c.onEvent(e);
            },
          }),
        );
        await sub.caughtUp;
        await store.append('proc-1', events(2), { expectedRevision: 2n });
        await c.until(5);
        expect(maxInFlight).toBe(1);
        expect(c.seen.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      });

      it('stop() ends delivery', async () => {
        const stopped = collector();
        const sub = store.subscribe({ onEvent: stopped.onEvent });
        await sub.caughtUp;
        await sub.stop();
        const witness = collector();
        const other = track(store.subscribe({ onEvent: witness.onEvent }));
        await other.caughtUp;
        await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
        await witness.until(2);
        expect(stopped.seen).toEqual([]);
      });

      it('stop() from outside resolves only after the in-flight handler has finished', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        let entered!: () => void;
        const inHandler = new Promise<void>((r) => (entered = r));
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        const finished: bigint[] = [];
        const sub = track(
          store.subscribe({
            onEvent: async (e) => {
              entered();
              await gate;
              finished.push(e.revision);
            },
          }),
        );
        await inHandler;
        let stopResolved = false;
        const stopping = sub.stop().then(() => (stopResolved = true));
        await new Promise((r) => setImmediate(r));
        expect(stopResolved).toBe(false);
        release();
        await stopping;
        expect(finished).toEqual([0n]);
      });

      it('stop() from inside a handler does not wait for that handler', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        const delivered: bigint[] = [];
        let stoppedInside!: () => void;
        const done = new Promise<void>((r) => (stoppedInside = r));
        let sub!: Subscription;
        sub = track(
          store.subscribe({
            onEvent: async (e) => {
              delivered.push(e.revision);
              await sub.stop();
              stoppedInside();
            },
          }),
        );
        await done;
        await sub.stop();
        expect(delivered).toEqual([0n]);
      });

      it('a handler error stops the subscription and surfaces through onError', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        const boom = new Error('handler failed');
        const delivered: bigint[] = [];
        const reported = new Promise<unknown>((resolve) => {
          track(
            store.subscribe({
              onEvent: (e) => {
                delivered.push(e.revision);
                if (e.revision === 1n) throw boom;
              },
              onError: resolve,
            }),
          );
        });
        expect(await reported).toBe(boom);
        expect(delivered).toEqual([0n, 1n]);
      });

      it('a live handler error surfaces through onError', async () => {
        const boom = new Error('live failure');
        let sub!: Subscription;
        const reported = new Promise<unknown>((resolve) => {
          sub = track(store.subscribe({ onEvent: () => Promise.reject(boom), onError: resolve }));
        });
        await sub.caughtUp;
        await store.append('proc-1', events(1), { expectedRevision: 'no-stream' });
        expect(await reported).toBe(boom);
      });
    });

    describe('hash chain', () => {
      it('links every event to the previous one, from the genesis hash', async () => {
        await store.append('proc-1', events(2), { expectedRevision: 'no-stream' });
        await store.append('term-1', events(2), { expectedRevision: 'no-stream' });
        const all = await store.readAll();
        expect(all[0].previousHash).toBe(GENESIS);
        for (let i = 1; i < all.length; i++) expect(all[i].previousHash).toBe(all[i - 1].hash);
        expect(new Set(all.map((e) => e.hash)).size).toBe(all.length);
      });

      it('verifies an empty store', async () => {
        const v = await store.verifyChain();
        expect(v).toMatchObject({ ok: true, checked: 0, headPosition: null, headHash: null });
        expect(v.brokenAt).toBeUndefined();
      });

      it('verifies an intact store and reports progress', async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        await store.append('term-1', events(2), { expectedRevision: 'no-stream' });
        const all = await store.readAll();
        const progress: number[] = [];
        const v = await store.verifyChain((checked) => progress.push(checked));
        expect(v.ok).toBe(true);
        expect(v.checked).toBe(5);
        expect(v.headPosition).toBe(all[4].position);
        expect(v.headHash).toBe(all[4].hash);
        expect(v.brokenAt).toBeUndefined();
        expect(progress[progress.length - 1]).toBe(5);
      });

      const seed = async () => {
        await store.append('proc-1', events(3), { expectedRevision: 'no-stream' });
        await store.append('term-1', events(3), { expectedRevision: 'no-stream' });
        return store.readAll();
      };

      // The verifier itself is unit-tested in libs/event-store/src/hash-chain.
      const withTamper = (title: string, body: (t: TamperHooks) => Promise<void>) =>
        tamperable &&
        it(title, async () => {
          if (!subject.tamper) throw new Error('the subject gives no tamper hooks; pass { tamper: false } to the contract');
          await body(subject.tamper);
        });

      withTamper('reports the first broken position when an event is edited', async (t) => {
        const all = await seed();
        await t.editEventData(all[2].position, { i: 999 });
        const v = await store.verifyChain();
        expect(v.ok).toBe(false);
        expect(v.brokenAt).toBe(all[2].position);
        expect(v.reason).toEqual(expect.any(String));
      });

      withTamper('reports the first broken position when an event is deleted', async (t) => {
        const all = await seed();
        await t.deleteEvent(all[3].position);
        const v = await store.verifyChain();
        expect(v.ok).toBe(false);
        // The event after the hole is the first whose link does not verify.
        expect(v.brokenAt).toBe(all[4].position);
      });

      withTamper('reports the first broken position when events are reordered', async (t) => {
        const all = await seed();
        await t.swapEvents(all[1].position, all[4].position);
        const v = await store.verifyChain();
        expect(v.ok).toBe(false);
        expect(v.brokenAt).toBe(all[1].position);
      });
    });
  });
}
