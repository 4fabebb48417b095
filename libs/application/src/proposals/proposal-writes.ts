import { proposalDecider, proposalStream, type ProposalCommand, type ProposalEvent, type ProposalState } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { toProjectedEvent, type ProjectedEvent } from '@samsyn/projections/projection';
import { proposalsProjection } from '@samsyn/projections/proposals/proposals.projection';
import { proposalView } from '@samsyn/projections/proposals/proposal.view';
import type { BuildCommand, CommandExecutor, WrittenEvents } from '../command-executor';
import type { ExecutionOptions } from '../execution';
import type { StreamStates } from '../stream-states';
import type { ProposalView, ProposalWrite } from './proposals.port';
import { Settlement, type ProposalStep } from './settlement';

/**
 * What every proposal use case writes through: one decision on the proposal's stream, then its
 * settlement when the decision made it accepted or approved, then the answer — the proposal as
 * its read model shows it (ProposalAnswers below).
 */
export class ProposalWrites {
  readonly settlement: Settlement;

  constructor(
    readonly executor: CommandExecutor,
    readonly states: StreamStates,
    readonly newId: () => string,
    private readonly answers: ProposalAnswers,
    /** A committed accept or approval whose settlement failed for now (store trouble). */
    private readonly onSettlementError: (proposalId: string, error: unknown) => void = () => undefined,
  ) {
    this.settlement = new Settlement(executor, states);
  }

  /** Decides `build`'s command on proposal `id`'s stream, settles, answers. */
  async write(id: string, build: BuildCommand<ProposalCommand, ProposalState>, opts: ExecutionOptions): Promise<ProposalWrite> {
    return this.answer(await this.executor.on(proposalDecider).execute(proposalStream(id), build, opts), opts);
  }

  /** Settles the proposal after `step` if it awaits settlement, and answers its view. */
  async answer(step: ProposalStep, opts: ExecutionOptions): Promise<ProposalWrite> {
    const settled = await this.settlement.settle(step, opts).catch((error: unknown) => {
      // The client's own write is committed: it must not be answered as a failure. A proposal
      // whose settlement failed now stays accepted/approved for the recovery process manager.
      this.onSettlementError(step.state.id, error);
      return step;
    });
    const streamId = proposalStream(settled.state.id);
    return {
      streamId,
      revision: settled.revision,
      position: settled.position > step.position ? settled.position : step.position,
      replayed: step.replayed,
      resource: await this.answers.view(settled.state.id, settled.revision, settled === step ? [step.written] : [step.written, settled.written]),
    };
  }
}

/**
 * A proposal write's answer: the read model's view of the proposal as of the write's stream
 * revision, folded from the proposal's own events by the read model's own projection — so the
 * write and GET /proposals/:id answer one shape with the same values (its timeline too), and a
 * retried request (idempotent replay) answers what the first one did, whatever came since.
 *
 * Reading a stream back right after writing to it costs about as much as the decision (and a
 * round trip to a database server), so the events come from what the write side has anyway: the
 * events each decision read of the proposal's stream (write-side.ts reports them here), and the
 * events a request wrote, as it wrote them; kept per proposal, bounded like the stream-state
 * cache. The store is read only for what neither covers. Each answer folds them afresh: the
 * projection changes only the state it builds, never an event.
 */
export class ProposalAnswers {
  /** Per proposal stream, its events from revision 0 on, without a gap. */
  private readonly seen = new Map<string, readonly ProjectedEvent[]>();

  constructor(
    private readonly store: EventStore,
    private readonly maxEntries: number,
  ) {}

  /** Events of a proposal's stream from `fromRevision` on, read by a decision. */
  saw(streamId: string, fromRevision: bigint, events: readonly ProjectedEvent[]): void {
    if (this.maxEntries > 0 && events.length > 0) this.keep(streamId, joined(this.seen.get(streamId) ?? [], fromRevision, events));
  }

  /** `written`: what this request appended to the proposal's stream, in order. */
  async view(id: string, revision: bigint, written: readonly (WrittenEvents<ProposalEvent> | undefined)[]): Promise<ProposalView> {
    const streamId = proposalStream(id);
    let events = this.seen.get(streamId) ?? [];
    for (const w of written) if (w) events = joined(events, w.lastRevision - BigInt(w.events.length) + 1n, asProjected(w));
    if (BigInt(events.length) <= revision) {
      const rest = await this.store.readStream(streamId, { fromRevision: BigInt(events.length), maxCount: Number(revision) + 1 - events.length });
      events = joined(events, BigInt(events.length), rest.map((e) => toProjectedEvent(e)));
    }
    if (this.maxEntries > 0) this.keep(streamId, events);
    const state = events.slice(0, Number(revision) + 1).reduce((s, e) => proposalsProjection.apply(s, e), proposalsProjection.initialState());
    const record = state.proposals[id];
    if (!record) throw new Error(`proposal ${id} has no submission in the first ${revision + 1n} events of its stream`);
    return proposalView(record);
  }

  private keep(streamId: string, events: readonly ProjectedEvent[]): void {
    if ((this.seen.get(streamId)?.length ?? 0) > events.length) return;
    this.seen.delete(streamId);
    this.seen.set(streamId, events);
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value as string);
  }
}

/** `known` (from revision 0, without a gap) followed by `more` (from `from` on), when they meet;
 * else `known`. A stream's history never changes, so where they overlap they agree. */
const joined = (known: readonly ProjectedEvent[], from: bigint, more: readonly ProjectedEvent[]): readonly ProjectedEvent[] => {
  const overlap = BigInt(known.length) - from;
  if (overlap < 0n || overlap >= BigInt(more.length)) return known;
  return [...known, ...more.slice(Number(overlap))];
};

/** An append's events as the store keeps them (today's schema, so no upcasting). */
const asProjected = (w: WrittenEvents<ProposalEvent>): ProjectedEvent[] =>
  w.events.map((event, i) => {
    const back = BigInt(w.events.length - 1 - i);
    return { ...event, streamId: w.streamId, revision: w.lastRevision - back, position: w.lastPosition - back, metadata: w.metadata };
  });
