import { proposalDecider, proposalStream, type ProposalCommand, type ProposalEvent, type ProposalState } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { toProjectedEvent, type ProjectedEvent } from '@samsyn/projections/projection';
import { proposalsProjection } from '@samsyn/projections/projections/proposals.projection';
import { proposalView } from '@samsyn/projections/queries/views';
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
  private readonly answers: ProposalAnswers;

  constructor(
    readonly executor: CommandExecutor,
    readonly states: StreamStates,
    readonly newId: () => string,
    /** A committed accept or approval whose settlement failed for now (store trouble). */
    private readonly onSettlementError: (proposalId: string, error: unknown) => void = () => undefined,
    /** Proposals whose last answer is kept (0: none, every answer reads the whole stream). */
    keptAnswers = 10_000,
  ) {
    this.settlement = new Settlement(executor, states);
    this.answers = new ProposalAnswers(states.store, keptAnswers);
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
 * A proposal's events are kept (bounded) as the last answer saw them, and the events a request
 * wrote are taken as it wrote them: the store is read only for events written elsewhere or
 * before (reading a stream back right after writing to it costs about as much as the decision).
 * Each answer folds them afresh: the projection changes only the state it builds, never an event.
 */
class ProposalAnswers {
  private readonly seen = new Map<string, { revision: bigint; events: ProjectedEvent[] }>();

  constructor(
    private readonly store: EventStore,
    private readonly maxEntries: number,
  ) {}

  /** `written`: what this request appended to the proposal's stream, in order. */
  async view(id: string, revision: bigint, written: readonly (WrittenEvents<ProposalEvent> | undefined)[]): Promise<ProposalView> {
    const kept = this.seen.get(id);
    const events = kept && kept.revision <= revision ? [...kept.events] : [];
    for (const w of written) {
      const first = w ? w.lastRevision - BigInt(w.events.length) + 1n : -1n;
      if (!w || first !== BigInt(events.length) || w.lastRevision > revision) break;
      w.events.forEach((event, i) => {
        const back = BigInt(w.events.length - 1 - i);
        events.push({ ...event, streamId: w.streamId, revision: w.lastRevision - back, position: w.lastPosition - back, metadata: w.metadata });
      });
    }
    if (BigInt(events.length) <= revision) {
      const rest = await this.store.readStream(proposalStream(id), { fromRevision: BigInt(events.length), maxCount: Number(revision) + 1 - events.length });
      for (const event of rest) events.push(toProjectedEvent(event));
    }
    const state = events.reduce((s, e) => proposalsProjection.apply(s, e), proposalsProjection.initialState());
    const record = state.proposals[id];
    if (!record) throw new Error(`proposal ${id} has no submission in the first ${revision + 1n} events of its stream`);
    if (this.maxEntries > 0 && !(kept && kept.revision >= revision)) this.keep(id, revision, events);
    return proposalView(record);
  }

  private keep(id: string, revision: bigint, events: ProjectedEvent[]): void {
    this.seen.delete(id);
    this.seen.set(id, { revision, events });
    if (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value as string);
  }
}
