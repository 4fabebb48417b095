import {
  DomainError,
  ErrorCodes,
  SYSTEM_PRINCIPAL,
  processDecider,
  processStream,
  proposalDecider,
  proposalStream,
  type ProcessRevised,
  type ProcessState,
  type ProposalEvent,
  type ProposalState,
} from '@samsyn/domain';
import type { EventStore } from '@samsyn/event-store';
import type { CommandExecutor, StepResult } from '../command-executor';
import type { ExecutionOptions } from '../execution';
import type { StreamStates } from '../stream-states';

/** Refusals of ApplyChangeProposal that mean "the change no longer fits the head": the proposal
 * waits, conflicted, for its submitter to amend it against the new head. */
const CONFLICTS: ReadonlySet<string> = new Set([
  ErrorCodes.PATCH_DOES_NOT_APPLY,
  ErrorCodes.PATCH_TOO_LARGE,
  ErrorCodes.INVALID_DEFINITION,
  ErrorCodes.DEFINITION_TOO_LARGE,
  ErrorCodes.STAKEHOLDER_UNKNOWN,
  ErrorCodes.STAKEHOLDER_RETIRED,
  ErrorCodes.TERM_UNKNOWN,
  ErrorCodes.TERM_DEPRECATED,
  ErrorCodes.SYSTEM_UNKNOWN,
  ErrorCodes.SYSTEM_RETIRED,
]);

/** The statuses settlement acts on. */
export const AWAITING_SETTLEMENT: ReadonlySet<string> = new Set(['accepted', 'approved']);

export type ProposalStep = StepResult<ProposalState, ProposalEvent>;

/**
 * Settlement: a proposal that became accepted (consensus) or approved (a decision) takes effect.
 * A change becomes the process's next revision — rebased onto a newer head when it still applies
 * there, else the proposal is marked `conflicted` for its submitter to amend; a deviation is
 * recorded for its stakeholder. Then the proposal is marked applied (or conflicted). It runs in
 * the request that accepted or approved the proposal, so its answer already shows the outcome;
 * every step is idempotent, so a retried request, a second server or the recovery process manager
 * (recoverPending) may run it again at any point and it finishes what is left.
 */
export class Settlement {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly states: StreamStates,
  ) {}

  /** The proposal after `after`, settled when it awaits settlement; otherwise `after` itself. */
  async settle(after: ProposalStep, opts: ExecutionOptions): Promise<ProposalStep> {
    const proposal = after.state;
    if (proposal.status === null || !AWAITING_SETTLEMENT.has(proposal.status)) return after;
    // The revision (or deviation) follows from the event that accepted or approved the proposal.
    const accepted = await eventIdAt(this.states.store, proposalStream(proposal.id), after.revision);
    const system: ExecutionOptions = { ...opts, principal: SYSTEM_PRINCIPAL, ifMatch: undefined, causationId: accepted };
    const outcome = proposal.kind === 'deviation' ? await this.recordDeviation(proposal, system) : await this.applyChange(proposal, system);
    // The mark follows from the revision or deviation it reports (from the acceptance when none was written).
    const marked = outcome.position > 0n ? await eventIdAt(this.states.store, processStream(proposal.processId), outcome.streamRevision) : null;
    const mark = await this.executor
      .on(proposalDecider)
      .execute(
        proposalStream(proposal.id),
        (_s, context) =>
          outcome.conflict
            ? { type: 'MarkProposalConflicted', data: { id: proposal.id, headRevision: outcome.head, reason: outcome.conflict }, context }
            : { type: 'MarkProposalApplied', data: { id: proposal.id, revision: outcome.revision, rebased: outcome.rebased }, context },
        { ...system, causationId: marked ?? accepted },
        'mark',
      )
      .catch(async (error: unknown) => {
        // Another settler (a second server's sweep) marked it first: its outcome is the answer.
        const current = await this.latest(proposal.id);
        if (error instanceof DomainError && !AWAITING_SETTLEMENT.has(current.state.status ?? '')) return current;
        throw error;
      });
    return { ...mark, position: mark.position > outcome.position ? mark.position : outcome.position };
  }

  /** The proposal as its stream stands now, with the revision and position of its last event. */
  async latest(id: string): Promise<ProposalStep> {
    const [last] = await this.states.store.readStream(proposalStream(id), { direction: 'backwards', maxCount: 1 });
    return { state: await this.states.proposal(id), events: [], revision: last?.revision ?? -1n, position: last?.position ?? 0n, replayed: false };
  }

  private async applyChange(proposal: ProposalState, opts: ExecutionOptions): Promise<Outcome> {
    try {
      const r = await this.executor.on(processDecider).execute(processStream(proposal.processId), async (process, context) => ({
        type: 'ApplyChangeProposal',
        data: {
          id: proposal.processId,
          proposalId: proposal.id,
          baseRevision: proposal.baseRevision,
          changes: proposal.changes,
          rationale: proposal.rationale,
          initiatedBy: initiatorOf(proposal),
        },
        refs: await this.states.patchRefs(process, process.head, proposal.changes),
        context,
      }), opts, 'apply');
      const revised = r.events.find((e): e is ProcessRevised => e.type === 'ProcessRevised');
      const revision = revised?.data.revision ?? revisionOf(r.state, proposal.id) ?? r.state.head;
      return { revision, rebased: revised?.data.rebased ?? revision !== proposal.baseRevision + 1, head: r.state.head, position: r.position, streamRevision: r.revision };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const process = await this.states.process(proposal.processId);
      const already = revisionOf(process, proposal.id);
      if (already !== undefined) return { revision: already, rebased: already !== proposal.baseRevision + 1, head: process.head, ...NOTHING_WRITTEN };
      if (!CONFLICTS.has(error.code)) throw error;
      return { revision: null, rebased: false, head: process.head, conflict: `${error.code}: ${error.message}`, ...NOTHING_WRITTEN };
    }
  }

  private async recordDeviation(proposal: ProposalState, opts: ExecutionOptions): Promise<Outcome> {
    try {
      const r = await this.executor.on(processDecider).execute(processStream(proposal.processId), (_s, context) => ({
        type: 'RecordDeviation',
        data: {
          id: proposal.processId,
          proposalId: proposal.id,
          // A deviation always names its stakeholder (the domain refused one without at submission).
          stakeholder: proposal.stakeholder as string,
          rationale: proposal.rationale,
          changes: proposal.changes,
          initiatedBy: initiatorOf(proposal),
          baseRevision: proposal.baseRevision,
        },
        context,
      }), opts, 'apply');
      return { revision: null, rebased: false, head: r.state.head, position: r.position, streamRevision: r.revision };
    } catch (error) {
      // Another settler recorded it first: go on to the mark.
      const process = await this.states.process(proposal.processId);
      if (error instanceof DomainError && process.appliedProposals.includes(proposal.id)) {
        return { revision: null, rebased: false, head: process.head, ...NOTHING_WRITTEN };
      }
      throw error;
    }
  }
}

interface Outcome {
  revision: number | null;
  rebased: boolean;
  head: number;
  position: bigint;
  /** The process stream's revision after the step (its event's, for the mark's causation); -1 when none was written. */
  streamRevision: bigint;
  conflict?: string;
}

const NOTHING_WRITTEN = { position: 0n, streamRevision: -1n } as const;

const revisionOf = (process: ProcessState, proposalId: string): number | undefined => {
  for (const [rev, pid] of Object.entries(process.revisionProposals ?? {})) if (pid === proposalId) return Number(rev);
  return undefined;
};

/**
 * The trail of settlement's steps: each follows from an event (the revision from the last accept
 * or the approval, the mark from the revision) and carries that event's id as its causationId.
 */
const eventIdAt = async (store: EventStore, streamId: string, revision: bigint): Promise<string | null> => {
  if (revision < 0n) return null;
  const [event] = await store.readStream(streamId, { direction: 'backwards', fromRevision: revision, maxCount: 1 });
  return event?.revision === revision ? event.id : null;
};

/** Whose action made an accepted or approved proposal take effect: the member who approved it,
 * or — accepted by consensus — its submitter. The revision records it with the rationale, since
 * the system principal appends it. */
const initiatorOf = (proposal: ProposalState): string => {
  if (proposal.status === 'approved') {
    const approval = proposal.decisions.findLast((d) => d.outcome === 'approve');
    if (approval) return approval.decidedBy;
  }
  return proposal.submittedBy;
};
