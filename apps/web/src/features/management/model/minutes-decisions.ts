import type { Proposal } from '../../../lib/types';
import { summaryOf } from '../../../lib/proposal-names';

/** A proposal decision the minutes may name: the proposal, what it says, and the body's outcome. */
export interface ProposalPick {
  ref: string;
  summary: string;
  outcome: 'approve' | 'reject';
}

/**
 * The proposals this body decided (approved or rejected; an escalation is no decision), the last
 * decision's outcome — what the minutes decider takes as the body's decision (docs/management-objects.md).
 */
export const proposalPicks = (proposals: Pick<Proposal, 'id' | 'rationale' | 'decisions'>[], body: string): ProposalPick[] =>
  proposals.flatMap((p) => {
    const last = [...p.decisions].reverse().find((d) => d.body === body && (d.outcome === 'approve' || d.outcome === 'reject'));
    return last ? [{ ref: p.id, summary: summaryOf(p.rationale), outcome: last.outcome as 'approve' | 'reject' }] : [];
  });

/** The proposals the minutes name: those ticked and those typed, each once. */
export const pickedProposals = (ticked: string[], typed: string[]): string[] => [...new Set([...ticked, ...typed])];
