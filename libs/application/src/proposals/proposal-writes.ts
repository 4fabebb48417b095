import { proposalDecider, proposalStream, type ProposalCommand, type ProposalState } from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import { toProjectedEvent } from '@samsyn/projections/projection';
import { proposalsProjection } from '@samsyn/projections/projections/proposals.projection';
import { proposalView } from '@samsyn/projections/queries/views';
import type { BuildCommand, CommandExecutor } from '../command-executor';
import type { ExecutionOptions } from '../execution';
import type { StreamStates } from '../stream-states';
import type { ProposalView, ProposalWrite } from './proposals.port';
import { Settlement, type ProposalStep } from './settlement';

/**
 * What every proposal use case writes through: one decision on the proposal's stream, then its
 * settlement when the decision made it accepted or approved, then the answer — the proposal as
 * its read model shows it (proposalAnswer below).
 */
export class ProposalWrites {
  readonly settlement: Settlement;

  constructor(
    readonly executor: CommandExecutor,
    readonly states: StreamStates,
    readonly newId: () => string,
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
      resource: await proposalAnswer(this.states.store, settled.state.id, settled.revision),
    };
  }
}

/**
 * A proposal write's answer: the read model's view of the proposal as of the write's stream
 * revision, folded from the proposal's own stream by the read model's own projection — so the
 * write and GET /proposals/:id answer one shape with the same values (its timeline too), and a
 * retried request (idempotent replay) answers what the first one did, whatever came since.
 */
const proposalAnswer = async (store: EventStore, id: string, revision: bigint): Promise<ProposalView> => {
  let state = proposalsProjection.initialState();
  const events = revision < 0n ? [] : await store.readStream(proposalStream(id), { maxCount: Number(revision) + 1 });
  for (const event of events) state = proposalsProjection.apply(state, toProjectedEvent(event));
  const record = state.proposals[id];
  if (!record) throw new Error(`proposal ${id} has no submission in the first ${revision + 1n} events of its stream`);
  return proposalView(record);
};
