import type { ProposalAmended, ProposalEvent } from './proposal.events';
import type { NoProposal, Proposal, ProposalState } from './proposal.state';

export const initialProposalState = (): NoProposal => ({
  exists: false,
  id: '',
  processId: '',
  kind: null,
  status: null,
  submittedBy: '',
  submitterStakeholder: '',
  stakeholder: null,
  version: 0,
  baseRevision: 0,
  changes: [],
  rationale: '',
  requiredLevel: null,
  reviewers: [],
  reviews: {},
  governingBody: '',
  heldBy: null,
  heldLevel: null,
  decisions: [],
  reviewDeadline: null,
  appliedRevision: null,
  conflict: null,
  submittedAt: '',
});

/** The facts of a proposal, without what its status says (who holds it, its outcome). */
const facts = ({ status: _status, heldBy: _heldBy, heldLevel: _heldLevel, appliedRevision: _applied, conflict: _conflict, ...rest }: Proposal) => rest;

/** What a submission or an amendment sets: the version under review, with no reviews yet. */
const proposedVersion = (d: Omit<ProposalAmended['data'], 'id' | 'version'>): Pick<Proposal, 'baseRevision' | 'changes' | 'rationale' | 'requiredLevel' | 'reviewers' | 'reviews'> => ({
  baseRevision: d.baseRevision,
  changes: d.changes,
  rationale: d.rationale,
  requiredLevel: d.requiredLevel,
  reviewers: d.reviewers,
  reviews: {},
});

/** The proposal after one of its events. The decider only emits events its guards allow, so an
 * event that does not fit the status (a stream written by hand) leaves the state as it was. */
export const evolveProposal = (state: ProposalState, event: ProposalEvent): ProposalState => {
  if (event.type === 'ProposalSubmitted') {
    const d = event.data;
    return {
      exists: true,
      id: d.id,
      processId: d.processId,
      kind: d.kind,
      status: 'submitted',
      submittedBy: d.submittedBy,
      submitterStakeholder: d.submitterStakeholder,
      stakeholder: d.stakeholder,
      version: 1,
      ...proposedVersion(d),
      governingBody: d.governingBody,
      heldBy: null,
      heldLevel: null,
      decisions: [],
      reviewDeadline: d.reviewDeadline,
      appliedRevision: null,
      conflict: null,
      submittedAt: d.submittedAt ?? '',
    };
  }
  if (!state.exists) return state;
  const unheld = { heldBy: null, heldLevel: null, appliedRevision: null } as const;
  switch (event.type) {
    case 'ReviewSubmitted': {
      const d = event.data;
      // A review of an earlier version does not count for the current one.
      if (d.version !== state.version) return state;
      return { ...state, reviews: { ...state.reviews, [d.stakeholder]: { verdict: d.verdict, reviewer: d.reviewer, comment: d.comment } } };
    }
    case 'ProposalAccepted':
      return { ...facts(state), ...unheld, status: 'accepted', conflict: null };
    case 'ProposalEscalated':
      return { ...facts(state), status: 'escalated', heldBy: event.data.toBody, heldLevel: event.data.toLevel, appliedRevision: null, conflict: null };
    case 'ProposalDecided': {
      const { body, level, outcome, motivation, decidedBy } = event.data;
      const decisions = [...state.decisions, { body, level, outcome, motivation, decidedBy }];
      return outcome === 'approve'
        ? { ...facts(state), ...unheld, decisions, status: 'approved', conflict: null }
        : { ...facts(state), ...unheld, decisions, status: 'rejected', conflict: null };
    }
    case 'ProposalWithdrawn':
      return { ...facts(state), ...unheld, status: 'withdrawn', conflict: state.conflict };
    case 'ProposalAmended': {
      const d = event.data;
      return {
        ...facts(state),
        ...unheld,
        status: 'submitted',
        version: d.version,
        ...proposedVersion(d),
        conflict: null,
      };
    }
    case 'ProposalApplied':
      return { ...facts(state), heldBy: null, heldLevel: null, status: 'applied', appliedRevision: event.data.revision, conflict: null };
    case 'ProposalConflicted':
      return { ...facts(state), ...unheld, status: 'conflicted', conflict: { headRevision: event.data.headRevision, reason: event.data.reason } };
    default:
      return state;
  }
};
