import { ErrorCodes, isWholeNumber, refuse, type CommandContext } from '../shared';
import type { GovernanceLevel } from '../governance-body/governance-level';
import { applyChanges } from '../process/apply-patch';
import { diffDefinitions, isEmptyDiff } from '../process/definition-diff';
import { validateDefinition } from '../process/definition-validation';
import type { PatchOperation } from '../process/definition';
import type { DefinitionRefs } from '../process/process.commands';
import type { ProcessState } from '../process/process.state';
import { requiredLevel } from '../process/required-level';
import type { ProposalKind } from './proposal.events';
import { isClosed, type Proposal, type ProposalState } from './proposal.state';

/** A proposal that exists and is not closed (it may still be reviewed, decided, amended or applied). */
export type UnclosedProposal = Exclude<Proposal, { status: 'applied' | 'rejected' | 'withdrawn' }>;

/** A closed proposal answers PROPOSAL_CLOSED to everyone, before any question of who asks. */
export function requireOpen(state: ProposalState, id: string): asserts state is UnclosedProposal {
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `proposal ${id} does not exist`);
  if (isClosed(state)) refuse(ErrorCodes.PROPOSAL_CLOSED, `proposal ${state.id} is ${state.status}`, { status: state.status });
}

/** Existence, then closure, then the statuses the command is allowed in. */
export function requireStatus<S extends UnclosedProposal['status']>(
  state: ProposalState,
  id: string,
  allowed: readonly S[],
  action: string,
): asserts state is UnclosedProposal & { status: S } {
  requireOpen(state, id);
  if (!allowed.some((status) => status === state.status)) {
    refuse(ErrorCodes.INVALID_PROPOSAL_STATE, `cannot ${action} a proposal that is ${state.status}`, { status: state.status, allowed });
  }
}

export const requireSubmitter = (state: Proposal, context: CommandContext, action: string): void => {
  if (context.principal.id !== state.submittedBy) refuse(ErrorCodes.NOT_THE_SUBMITTER, `only the submitter may ${action} proposal ${state.id}`);
};

export const requireProcess = (process: ProcessState | undefined, processId: string): ProcessState => {
  if (!process?.exists || process.id !== processId) return refuse(ErrorCodes.NOT_FOUND, `process ${processId} does not exist`);
  return process;
};

/**
 * What submission and amendment share: the patch must apply to its base and give a valid
 * definition; the required level is computed from the result, and the reviewers are the head's
 * participants that can still review. A base older than the head is allowed: it is rebased on apply.
 */
export const evaluateChanges = (
  process: ProcessState,
  kind: ProposalKind,
  baseRevision: unknown,
  changes: PatchOperation[],
  refs: DefinitionRefs,
): { requiredLevel: GovernanceLevel; reviewers: string[] } => {
  if (!isWholeNumber(baseRevision) || !process.revisions[baseRevision]) {
    refuse(ErrorCodes.REVISION_UNKNOWN, `process ${process.id} has no revision ${String(baseRevision)}`);
  }
  const base = process.revisions[baseRevision];
  const after = applyChanges(base, changes);
  validateDefinition(after, refs, { baseline: base });
  // A deviation may document a purely local practice without touching the baseline's structure.
  if (kind === 'change' && isEmptyDiff(diffDefinitions(base, after))) {
    refuse(ErrorCodes.INVALID_INPUT, 'the changes make no effective change to the definition', { field: 'changes' });
  }
  const head = process.revisions[process.head];
  const reviewers = head.participants.filter((s) => !(Object.hasOwn(refs.stakeholders, s) && refs.stakeholders[s].retired));
  return { requiredLevel: requiredLevel(base, after), reviewers };
};
