import { ConcurrencyError } from '../port/errors';
import type { EventStore, ExpectedRevision, Subscription } from '../port/event-store.port';
import { rejection } from './contract-fixtures';

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

/** What each topic's tests share: the store of the running test, and the suite's helpers. */
export interface ContractWorld {
  /** Always the running test's store (each test gets a fresh subject). */
  readonly store: EventStore;
  readonly subject: ContractSubject;
  /** Whether the tamper tests are registered (ContractOptions.tamper). */
  readonly tamperable: boolean;
  /** Stops the subscription after the test. */
  track(subscription: Subscription): Subscription;
  expectConflict(p: Promise<unknown>, streamId: string, expected: ExpectedRevision, actual: bigint | null): Promise<void>;
}

/** A store that forwards every call to the store of the running test: the topics' tests are
 * registered once, and each test runs on the subject its beforeEach made. */
const currentStore = (current: () => EventStore): EventStore => ({
  append: (streamId, events, options) => current().append(streamId, events, options),
  readStream: (streamId, options) => current().readStream(streamId, options),
  streamRevision: (streamId) => current().streamRevision(streamId),
  idempotencyRecord: (key) => current().idempotencyRecord(key),
  readAll: (options) => current().readAll(options),
  headPosition: () => current().headPosition(),
  subscribe: (options) => current().subscribe(options),
  verifyChain: (onProgress) => current().verifyChain(onProgress),
  close: () => current().close(),
});

/** Registers the hooks that make a fresh subject per test and stop its subscriptions after it. */
export function contractWorld(factory: () => Promise<ContractSubject>, tamperable: boolean): ContractWorld {
  let subject: ContractSubject | undefined;
  const subscriptions: Subscription[] = [];
  const running = (): ContractSubject => {
    if (!subject) throw new Error('the contract subject is made in beforeEach');
    return subject;
  };

  beforeEach(async () => {
    subject = await factory();
  });

  afterEach(async () => {
    await Promise.all(subscriptions.splice(0).map((s) => s.stop()));
    await running().cleanup();
  });

  return {
    store: currentStore(() => running().store),
    get subject() {
      return running();
    },
    tamperable,
    track: (s) => (subscriptions.push(s), s),
    expectConflict: async (p, streamId, expected, actual) => {
      const err = await rejection(p);
      expect(err).toBeInstanceOf(ConcurrencyError);
      const c = err as ConcurrencyError;
      expect(c.code).toBe('CONCURRENCY_CONFLICT');
      expect(c.streamId).toBe(streamId);
      expect(c.expected).toEqual(expected);
      expect(c.actual).toEqual(actual);
    },
  };
}
