import {
  DomainError,
  ErrorCodes,
  SYSTEM_PRINCIPAL,
  processDecider,
  processStream,
  proposalDecider,
  proposalStream,
  type PatchOperation,
  type ProcessState,
  type ProposalState,
} from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult, ProposalView, SamsynCommands } from './application.port';
import { eventIdAt, initiatorOf, lastEventIdOf } from './causation';
import type { CommandExecutor, StepResult } from './command-executor';
import { previewPatch } from './patch-preview';
import { toProposalView } from './proposal-view';
import type { StreamStates } from './stream-states';

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

const SETTLING: ReadonlySet<string> = new Set(['accepted', 'approved']);

/**
 * The proposal lifecycle. A proposal that becomes accepted (consensus) or approved (decision) is
 * applied to its process in the same request, so the answer already shows the new revision; if
 * the request dies in between, `settle` (called again by the retry or by the process manager)
 * finishes the work — each step is idempotent.
 */
export class ProposalCommands {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly states: StreamStates,
    private readonly newId: () => string,
    private readonly onSettleError: (proposalId: string, error: unknown) => void = () => undefined,
  ) {}

  async submitProposal(
    processId: string,
    data: DataOf<'submitProposal'>,
    opts: ExecutionOptions,
  ): Promise<ExecutionResult<ProposalView>> {
    const id = data.id ?? this.newId();
    const r = await this.executor.execute<ProposalState>(proposalStream(id), proposalDecider as never, async (_s, context) => {
      const process = await this.states.process(processId);
      return {
        type: 'SubmitProposal',
        data: {
          id,
          processId,
          kind: data.kind ?? 'change',
          baseRevision: data.baseRevision,
          changes: data.changes as PatchOperation[],
          rationale: data.rationale,
          reviewDeadline: data.reviewDeadline ?? null,
          stakeholder: data.stakeholder ?? null,
          ...(data.layout ? { layout: data.layout } : {}),
        },
        refs: { ...(await this.refsFor(process, data.baseRevision, data.changes)), process },
        context,
      };
    }, opts);
    return this.answer(r, opts);
  }

  async amendProposal(
    id: string,
    data: DataOf<'amendProposal'>,
    opts: ExecutionOptions,
  ): Promise<ExecutionResult<ProposalView>> {
    const r = await this.executor.execute<ProposalState>(proposalStream(id), proposalDecider as never, async (state, context) => {
      const process = await this.states.process(state.processId);
      return {
        type: 'AmendProposal',
        data: { id, baseRevision: data.baseRevision, changes: data.changes as PatchOperation[], rationale: data.rationale },
        refs: { ...(await this.refsFor(process, data.baseRevision, data.changes)), process },
        context,
      };
    }, opts);
    return this.answer(r, opts);
  }

  async withdrawProposal(id: string, data: { reason: string }, opts: ExecutionOptions): Promise<ExecutionResult<ProposalView>> {
    const r = await this.executor.execute<ProposalState>(proposalStream(id), proposalDecider as never, (_s, context) => ({
      type: 'WithdrawProposal',
      data: { id, reason: data.reason },
      context,
    }), opts);
    return this.answer(r, opts);
  }

  async reviewProposal(
    id: string,
    data: DataOf<'reviewProposal'>,
    opts: ExecutionOptions,
  ): Promise<ExecutionResult<ProposalView>> {
    const r = await this.executor.execute<ProposalState>(proposalStream(id), proposalDecider as never, async (_s, context) => ({
      type: 'ReviewProposal',
      data: { id, stakeholder: data.stakeholder, verdict: data.verdict, comment: data.comment },
      refs: { stakeholder: await this.states.stakeholder(data.stakeholder) },
      context,
    }), opts);
    return this.answer(r, opts);
  }

  async decideProposal(
    id: string,
    data: DataOf<'decideProposal'>,
    opts: ExecutionOptions,
  ): Promise<ExecutionResult<ProposalView>> {
    const r = await this.executor.execute<ProposalState>(proposalStream(id), proposalDecider as never, async (_s, context) => {
      const body = await this.states.body(data.body);
      return {
        type: 'DecideProposal',
        data: { id, body: data.body, outcome: data.outcome, motivation: data.motivation },
        refs: { body, parentBody: body.parent ? await this.states.body(body.parent) : undefined },
        context,
      };
    }, opts);
    return this.answer(r, opts);
  }

  async escalateOverdue(id: string, opts: Omit<ExecutionOptions, 'principal'>): Promise<ExecutionResult<ProposalView>> {
    // Caused by the event that set the deadline which passed (the submission or last amendment).
    const cause = opts.causationId ?? (await lastEventIdOf(this.states.store, proposalStream(id), ['ProposalSubmitted', 'ProposalAmended']));
    const asSystem = { ...opts, principal: SYSTEM_PRINCIPAL, causationId: cause };
    const r = await this.executor.execute<ProposalState>(proposalStream(id), proposalDecider as never, (_s, context) => ({
      type: 'EscalateOverdueProposal',
      data: { id },
      context,
    }), asSystem);
    return this.answer(r, asSystem);
  }

  /** Recovery for the process manager: finishes a proposal left accepted or approved by a
   * request that died between its steps. A no-op for any other status. */
  async settlePending(id: string, opts: Omit<ExecutionOptions, 'principal'>): Promise<ExecutionResult<ProposalView>> {
    return this.answer(await this.latest(id), { ...opts, principal: SYSTEM_PRINCIPAL });
  }

  /** Finishes an accepted or approved proposal: the process revision (or deviation), then the
   * proposal's applied / conflicted mark. Safe to call again at any point. */
  private async settle(after: StepResult<ProposalState>, opts: ExecutionOptions): Promise<StepResult<ProposalState>> {
    const proposal = after.state;
    if (proposal.status === null || !SETTLING.has(proposal.status)) return after;
    // The revision (or deviation) follows from the event that accepted or approved the proposal.
    const accepted = await eventIdAt(this.states.store, proposalStream(proposal.id), after.revision);
    const system: ExecutionOptions = { ...opts, principal: SYSTEM_PRINCIPAL, ifMatch: undefined, causationId: accepted };
    const outcome = proposal.kind === 'deviation' ? await this.recordDeviation(proposal, system) : await this.applyChange(proposal, system);
    // The mark follows from the revision or deviation it reports (from the acceptance when none was written).
    const marked = outcome.position > 0n ? await eventIdAt(this.states.store, processStream(proposal.processId), outcome.streamRevision) : null;
    const markOpts: ExecutionOptions = { ...system, causationId: marked ?? accepted };
    const mark = await this.executor
      .execute<ProposalState>(
        proposalStream(proposal.id),
        proposalDecider as never,
        (_s, context) =>
          outcome.conflict
            ? { type: 'MarkProposalConflicted', data: { id: proposal.id, headRevision: outcome.head, reason: outcome.conflict }, context }
            : { type: 'MarkProposalApplied', data: { id: proposal.id, revision: outcome.revision, rebased: outcome.rebased }, context },
        markOpts,
        'mark',
      )
      .catch(async (error: unknown) => {
        // Another settler (a second server's sweep) marked it first: its outcome is the answer.
        const current = await this.latest(proposal.id);
        if (error instanceof DomainError && !SETTLING.has(current.state.status ?? '')) return current;
        throw error;
      });
    return { ...mark, position: mark.position > outcome.position ? mark.position : outcome.position };
  }

  private async applyChange(proposal: ProposalState, opts: ExecutionOptions): Promise<Outcome> {
    const streamId = processStream(proposal.processId);
    try {
      const r = await this.executor.execute<ProcessState>(streamId, processDecider as never, async (process, context) => ({
        type: 'ApplyChangeProposal',
        data: {
          id: proposal.processId,
          proposalId: proposal.id,
          baseRevision: proposal.baseRevision,
          changes: proposal.changes,
          rationale: proposal.rationale,
          initiatedBy: initiatorOf(proposal),
        },
        refs: await this.refsFor(process, process.head, proposal.changes),
        context,
      }), opts, 'apply');
      const revised = r.events.find((e) => e.type === 'ProcessRevised') as { data: { revision: number; rebased: boolean } } | undefined;
      const revision = revised?.data.revision ?? revisionOf(r.state, proposal.id) ?? r.state.head;
      return { revision, rebased: revised?.data.rebased ?? revision !== proposal.baseRevision + 1, head: r.state.head, position: r.position, streamRevision: r.revision };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const process = await this.states.process(proposal.processId);
      const already = revisionOf(process, proposal.id);
      if (already !== undefined) return { revision: already, rebased: already !== proposal.baseRevision + 1, head: process.head, position: 0n, streamRevision: -1n };
      if (!CONFLICTS.has(error.code)) throw error;
      return { revision: null, rebased: false, head: process.head, conflict: `${error.code}: ${error.message}`, position: 0n, streamRevision: -1n };
    }
  }

  private async recordDeviation(proposal: ProposalState, opts: ExecutionOptions): Promise<Outcome> {
    const streamId = processStream(proposal.processId);
    try {
      const r = await this.executor.execute<ProcessState>(streamId, processDecider as never, (_s, context) => ({
        type: 'RecordDeviation',
        data: {
          id: proposal.processId,
          proposalId: proposal.id,
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
        return { revision: null, rebased: false, head: process.head, position: 0n, streamRevision: -1n };
      }
      throw error;
    }
  }

  private async answer(r: StepResult<ProposalState>, opts: ExecutionOptions): Promise<ExecutionResult<ProposalView>> {
    const settled = await this.settle(r, opts).catch((error: unknown) => {
      // The client's own write is committed: it must not be answered as a failure. A proposal
      // that could not be settled now stays accepted/approved for the settling process manager.
      this.onSettleError(r.state.id, error);
      return r;
    });
    const position = settled.position > r.position ? settled.position : r.position;
    return {
      streamId: proposalStream(settled.state.id),
      revision: settled.revision,
      position,
      replayed: r.replayed,
      resource: toProposalView(settled.state),
    };
  }

  private async latest(id: string): Promise<StepResult<ProposalState>> {
    const [last] = await this.states.store.readStream(proposalStream(id), { direction: 'backwards', maxCount: 1 });
    return { state: await this.states.proposal(id), events: [], revision: last?.revision ?? -1n, position: last?.position ?? 0n, replayed: false };
  }

  private async refsFor(process: ProcessState, baseRevision: number, changes: unknown) {
    const base = process.revisions?.[baseRevision];
    const head = process.revisions?.[process.head];
    // Usually the proposal is based on the head: one definition, one preview.
    if (base === head) return this.states.definitionRefs(base, previewPatch(base, changes));
    return this.states.definitionRefs(base, head, previewPatch(base, changes), previewPatch(head, changes));
  }
}

/** A command's data as the port declares it (the last-but-one parameter). */
type DataOf<K extends 'submitProposal' | 'amendProposal' | 'reviewProposal' | 'decideProposal'> = Parameters<SamsynCommands[K]>[1];

interface Outcome {
  revision: number | null;
  rebased: boolean;
  head: number;
  position: bigint;
  /** The process stream's revision after the step (its event's, for the mark's causation); -1 when none was written. */
  streamRevision: bigint;
  conflict?: string;
}

const revisionOf = (process: ProcessState, proposalId: string): number | undefined => {
  for (const [rev, pid] of Object.entries(process.revisionProposals ?? {})) if (pid === proposalId) return Number(rev);
  return undefined;
};
