import { randomUUID } from 'node:crypto';
import { proposalStream } from '@samsyn/domain';
import { StreamStateCache, type EventStore, type StoredEvent } from '@samsyn/event-store';
import { toProjectedEvent } from '@samsyn/projections/projection';
import { systemClock, type Clock } from './clock';
import { CommandExecutor } from './command-executor';
import { ProposalAnswers, ProposalWrites } from './proposals/proposal-writes';
import { StreamStates } from './stream-states';

export interface WriteSideOptions {
  clock?: Clock;
  newId?: () => string;
  /** A proposal accepted or approved by a committed write could not be settled at once (store
   * trouble): the caller is answered with the committed write, the recovery process manager retries. */
  onSettlementError?: (proposalId: string, error: unknown) => void;
  /** Streams whose folded state (and proposals whose answer) is kept between commands (0: none,
   * every command reads whole streams). */
  cachedStreams?: number;
}

/** What the use cases write through, on one store: framework-free, so the API, the CLI's seed,
 * the tests and the bench build the same one (apps/api/src/bootstrap/samsyn-application.ts). */
export interface WriteSide {
  store: EventStore;
  executor: CommandExecutor;
  /** Current states of the streams a rule names, read at decision time. */
  states: StreamStates;
  newId: () => string;
  proposals: ProposalWrites;
}

export const openWriteSide = (store: EventStore, options: WriteSideOptions = {}): WriteSide => {
  const newId = options.newId ?? randomUUID;
  const kept = options.cachedStreams ?? 10_000;
  const cache = kept === 0 ? undefined : new StreamStateCache(kept);
  const answers = new ProposalAnswers(store, kept);
  // What a decision reads of a proposal's stream is what its answer needs: told to the answers.
  const seen = readsTold(store, (streamId, fromRevision, events) => {
    if (streamId.startsWith(PROPOSAL_STREAM)) answers.saw(streamId, fromRevision, events.map((e) => toProjectedEvent(e)));
  });
  const executor = new CommandExecutor(seen, options.clock ?? systemClock, newId, cache);
  const states = new StreamStates(seen, cache);
  return { store, executor, states, newId, proposals: new ProposalWrites(executor, states, newId, answers, options.onSettlementError) };
};

const PROPOSAL_STREAM = proposalStream('');

/** The store's port, its forward stream reads also told to `told`. */
const readsTold = (store: EventStore, told: (streamId: string, fromRevision: bigint, events: StoredEvent[]) => void): EventStore =>
  storePort(store, async (streamId, options) => {
    const events = await store.readStream(streamId, options);
    if (options?.direction !== 'backwards') told(streamId, options?.fromRevision ?? 0n, events);
    return events;
  });

/** Only the port's methods of a store (none of an adapter's own, such as its Merkle tree), each
 * passed to the store, reads of a stream through `readStream` when given. */
export const storePort = (store: EventStore, readStream: EventStore['readStream'] = (streamId, options) => store.readStream(streamId, options)): EventStore => ({
  append: (streamId, events, options) => store.append(streamId, events, options),
  readStream,
  streamRevision: (streamId) => store.streamRevision(streamId),
  idempotencyRecord: (key) => store.idempotencyRecord(key),
  readAll: (options) => store.readAll(options),
  headPosition: () => store.headPosition(),
  subscribe: (options) => store.subscribe(options),
  verifyChain: (onProgress) => store.verifyChain(onProgress),
  close: () => store.close(),
});
