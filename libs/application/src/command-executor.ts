import type { CommandContext, Decider, DomainCommand, DomainEvent } from '@samsyn/domain';
import { handleCommand, type CommandMetadata, type EventCodec, type EventMetadata, type EventStore, type StreamStateCache } from '@samsyn/event-store';
import { samsynEventCodec } from './event-codec';
import type { Clock } from './clock';
import type { ExecutionOptions, ExecutionResult } from './execution';
import { assertSameRequest, priorRequest } from './idempotency';

const FOLLOW_UP_RETRIES = 100;

export interface StepResult<S, E = DomainEvent> {
  state: S;
  events: E[];
  revision: bigint;
  position: bigint;
  replayed: boolean;
  /** What this step appended (none when it replayed or decided nothing): its events as stored,
   * so a caller may fold them without reading them back. */
  written?: WrittenEvents<E>;
}

/** One append's events with the metadata they were stored with; revisions run up to `lastRevision`. */
export interface WrittenEvents<E> {
  streamId: string;
  events: E[];
  metadata: EventMetadata;
  lastRevision: bigint;
  lastPosition: bigint;
}

/** Builds the decider's command from the stream's state (and may read the streams the rule names). */
export type BuildCommand<C, S> = (state: S, context: CommandContext) => Promise<C> | C;

/** One decision on one stream of an aggregate (CommandExecutor.on). */
export interface AggregateDecisions<C, E, S> {
  /** `step` names a follow-up of a request (settlement's apply and mark): it is retried far more
   * often, and keyed by the request's idempotency key plus the step's name. */
  execute(streamId: string, build: BuildCommand<C, S>, opts: ExecutionOptions, step?: string): Promise<StepResult<S, E>>;
  /** A use case's write: answered with the stream and the aggregate's state after it. */
  write(streamId: string, build: BuildCommand<C, S>, opts: ExecutionOptions): Promise<ExecutionResult<S>>;
}

/**
 * One decision on one stream: read, fold, decide, append with the revision read; the store layer
 * retries on a conflict and re-runs `build`, so the referenced streams are re-read too.
 */
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly clock: Clock,
    private readonly newId: () => string,
    private readonly cache?: StreamStateCache,
  ) {}

  /** One aggregate's decisions: its decider fixed first, so that the command a use case builds
   * is typed (and checked) by that decider. */
  on<C extends DomainCommand, E extends DomainEvent, S>(decider: Decider<C, E, S>): AggregateDecisions<C, E, S> {
    return {
      execute: (streamId, build, opts, step) => this.execute(streamId, decider, build, opts, step),
      write: async (streamId, build, opts) => {
        const step = await this.execute(streamId, decider, build, opts);
        return { streamId, revision: step.revision, position: step.position, replayed: step.replayed, resource: step.state };
      },
    };
  }

  private async execute<C extends DomainCommand, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    build: BuildCommand<C, S>,
    opts: ExecutionOptions,
    step?: string,
  ): Promise<StepResult<S, E>> {
    const key = opts.idempotencyKey;
    if (key === undefined || step) return this.decideOn(streamId, decider, build, opts, step);
    // A key this principal spent before: the same request is replayed from the stream it wrote
    // (a retried submission would otherwise pick a new proposal id and find nothing there);
    // another request with it is refused before anything is decided.
    const prior = await priorRequest(this.store, key);
    if (prior) assertSameRequest(prior, opts.requestHash);
    const result = await this.decideOn(prior?.streamId ?? streamId, decider, build, opts);
    if (!(result.replayed && result.events.length === 0)) return result;
    // Replayed with nothing of ours in this stream: an identical request in flight spent the key
    // on the stream it chose meanwhile. Its answer is the answer; anything else is a reuse.
    const winner = await priorRequest(this.store, key);
    if (!winner || winner.streamId === (prior?.streamId ?? streamId)) return result;
    assertSameRequest(winner, opts.requestHash);
    return this.decideOn(winner.streamId, decider, build, opts);
  }

  private async decideOn<C extends DomainCommand, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    build: BuildCommand<C, S>,
    opts: ExecutionOptions,
    step?: string,
  ): Promise<StepResult<S, E>> {
    // A follow-up step (apply, mark) conflicts only because another apply landed on the same
    // process: every conflict is progress, so it may retry far more often than a client's command.
    const maxRetries = step ? FOLLOW_UP_RETRIES : undefined;
    const now = opts.now ?? this.clock.now();
    const context: CommandContext = { principal: opts.principal, now };
    const correlationId = opts.correlationId ?? this.newId();
    const metadata: CommandMetadata = {
      actor: opts.principal.id,
      occurredAt: now,
      correlationId,
      // The causing command's id (one per request), or the id of the event this one follows from.
      causationId: opts.causationId ?? this.newId(),
    };
    if (opts.requestHash !== undefined) metadata.requestHash = opts.requestHash;
    // Follow-up steps of one request (apply after the last accept) get derived keys, so a
    // retried request replays every step it completed and finishes the ones it did not.
    const idempotencyKey = opts.idempotencyKey === undefined ? undefined : step ? `${opts.idempotencyKey}#${step}` : opts.idempotencyKey;
    const result = await handleCommand(this.store, {
      streamId,
      decider,
      // The codec upcasts any stored event to today's domain event; this stream holds only E.
      codec: samsynEventCodec as EventCodec<DomainEvent> as EventCodec<E>,
      buildCommand: (state: S) => build(state, context),
      metadata,
      idempotencyKey,
      ifMatch: step ? undefined : opts.ifMatch,
      maxRetries,
      cache: this.cache,
    });
    return {
      state: result.state,
      events: result.events,
      // A decision that appends nothing to a stream that does not exist: nothing to point at.
      revision: result.nextRevision ?? -1n,
      position: result.position ?? 0n,
      replayed: result.replayed,
      written:
        result.replayed || result.events.length === 0 || result.nextRevision === null || result.position === null
          ? undefined
          : {
              streamId,
              events: result.events,
              // As handleCommand stores it.
              metadata: { causationId: null, ...metadata, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) },
              lastRevision: result.nextRevision,
              lastPosition: result.position,
            },
    };
  }
}
