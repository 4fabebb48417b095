import type { CommandContext, Decider, DomainCommand, DomainEvent, Principal } from '@samsyn/domain';
import { handleCommand, type EventStore, type StreamStateCache } from '@samsyn/event-store';
import { samsynEventCodec } from './event-codec';
import type { ExecutionOptions } from './application.port';

export interface Clock {
  now(): string;
}
export const systemClock: Clock = { now: () => new Date().toISOString() };

const FOLLOW_UP_RETRIES = 100;

export interface StepResult<S> {
  state: S;
  events: DomainEvent[];
  revision: bigint;
  position: bigint;
  replayed: boolean;
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

  async execute<S>(
    streamId: string,
    decider: Decider<never, never, S>,
    build: (state: S, context: CommandContext) => Promise<DomainCommand> | DomainCommand,
    opts: ExecutionOptions,
    step?: string,
  ): Promise<StepResult<S>> {
    // A follow-up step (apply, mark) conflicts only because another apply landed on the same
    // process: every conflict is progress, so it may retry far more often than a client's command.
    const maxRetries = step ? FOLLOW_UP_RETRIES : undefined;
    const now = opts.now ?? this.clock.now();
    const context: CommandContext = { principal: opts.principal, now };
    const correlationId = opts.correlationId ?? this.newId();
    const result = await handleCommand(this.store, {
      streamId,
      decider: decider as unknown as Decider<DomainCommand, DomainEvent, S>,
      codec: samsynEventCodec,
      buildCommand: (state: S) => build(state, context),
      metadata: { actor: opts.principal.id, occurredAt: now, correlationId, causationId: opts.causationId ?? null },
      // Follow-up steps of one request (apply after the last accept) get derived keys, so a
      // retried request replays every step it completed and finishes the ones it did not.
      idempotencyKey: opts.idempotencyKey === undefined ? undefined : step ? `${opts.idempotencyKey}#${step}` : opts.idempotencyKey,
      ifMatch: step ? undefined : opts.ifMatch,
      maxRetries,
      cache: this.cache,
    });
    return {
      state: result.state,
      events: result.events as DomainEvent[],
      // A decision that appends nothing to a stream that does not exist: nothing to point at.
      revision: result.nextRevision ?? -1n,
      position: result.position ?? 0n,
      replayed: result.replayed,
    };
  }
}

export const asSystem = (opts: ExecutionOptions, principal: Principal): ExecutionOptions => ({ ...opts, principal });
