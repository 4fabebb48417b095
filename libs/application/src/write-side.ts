import { randomUUID } from 'node:crypto';
import { StreamStateCache, type EventStore } from '@samsyn/event-store';
import { CommandExecutor, systemClock, type Clock } from './command-executor';
import { ProposalWrites } from './proposals/proposal-writes';
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
  const cache = options.cachedStreams === 0 ? undefined : new StreamStateCache(options.cachedStreams ?? 10_000);
  const executor = new CommandExecutor(store, options.clock ?? systemClock, newId, cache);
  const states = new StreamStates(store, cache);
  return { store, executor, states, newId, proposals: new ProposalWrites(executor, states, newId, options.onSettlementError, options.cachedStreams ?? 10_000) };
};
