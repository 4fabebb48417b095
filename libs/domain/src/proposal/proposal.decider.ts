import type { Decider } from '../shared';
import type { ProposalCommand } from './proposal.commands';
import { decideProposal } from './proposal.decide';
import type { ProposalEvent } from './proposal.events';
import { evolveProposal, initialProposalState } from './proposal.evolve';
import type { ProposalState } from './proposal.state';

/**
 * The change proposal: submitted, reviewed by every participant, escalated through the governance
 * bodies when a reviewer rejects it (or its review deadline passes), decided, and finally applied
 * to its process (or conflicted, amended, withdrawn). The commands and their guards are in
 * proposal.decide.ts and proposal.guards.ts, the state by status in proposal.state.ts, and how
 * each event moves it in proposal.evolve.ts.
 */
export const proposalDecider: Decider<ProposalCommand, ProposalEvent, ProposalState> = {
  initialState: initialProposalState,
  decide: decideProposal,
  evolve: evolveProposal,
};
