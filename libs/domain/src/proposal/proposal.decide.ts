import { ErrorCodes, isProcessOwnerOf, isReviewerOf, refuse, refuseUnknownCommand, requiredText } from '../shared';
import { levelRank } from '../governance-body/governance-level';
import { isDateOrInstant } from '../process/calendar';
import { checkedLayout } from '../process/diagram-layout';
import type {
  AmendProposal,
  DecideProposal,
  EscalateOverdueProposal,
  MarkProposalApplied,
  MarkProposalConflicted,
  ProposalCommand,
  ReviewProposal,
  SubmitProposal,
  WithdrawProposal,
} from './proposal.commands';
import type { ProposalEvent, ProposalKind } from './proposal.events';
import { evaluateChanges, requireOpen, requireProcess, requireStatus, requireSubmitter } from './proposal.guards';
import type { ProposalState } from './proposal.state';

const KINDS: readonly ProposalKind[] = ['change', 'deviation'];

const submit = ({ data, refs, context }: SubmitProposal, state: ProposalState): ProposalEvent[] => {
  const id = requiredText(data.id, 'id');
  const processId = requiredText(data.processId, 'processId');
  const kind: ProposalKind = data.kind ?? 'change';
  if (!KINDS.includes(kind)) refuse(ErrorCodes.INVALID_INPUT, `kind must be one of ${KINDS.join(', ')}`, { field: 'kind' });
  const rationale = requiredText(data.rationale, 'rationale');
  const layout = data.layout === undefined ? undefined : checkedLayout(data.layout);
  const reviewDeadline = data.reviewDeadline ?? null;
  if (reviewDeadline !== null) {
    if (!isDateOrInstant(reviewDeadline)) refuse(ErrorCodes.INVALID_INPUT, 'reviewDeadline must be an ISO-8601 date or instant', { field: 'reviewDeadline' });
    if (!(Date.parse(reviewDeadline) > Date.parse(context.now))) {
      refuse(ErrorCodes.INVALID_INPUT, 'reviewDeadline must lie in the future', { field: 'reviewDeadline' });
    }
  }
  const deviant = data.stakeholder ?? null;
  if (kind === 'deviation' && deviant === null) refuse(ErrorCodes.INVALID_INPUT, 'a deviation names the stakeholder that keeps it', { field: 'stakeholder' });
  if (kind === 'change' && deviant !== null) refuse(ErrorCodes.INVALID_INPUT, 'only a deviation names a stakeholder', { field: 'stakeholder' });
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `proposal ${id} already exists`);

  const process = requireProcess(refs.process, processId);
  const participants = process.revisions[process.head].participants;
  const principal = context.principal;
  let submitterStakeholder: string;
  if (kind === 'deviation') {
    const stakeholder = requiredText(deviant, 'stakeholder');
    if (!participants.includes(stakeholder)) refuse(ErrorCodes.NOT_A_PARTICIPANT, `${stakeholder} is not a participant of ${process.id}`);
    if (!isProcessOwnerOf(principal, stakeholder)) refuse(ErrorCodes.NOT_ALLOWED, `only a process owner of ${stakeholder} may ask for its deviation`);
    submitterStakeholder = stakeholder;
  } else {
    const owned = participants.find((s) => isProcessOwnerOf(principal, s));
    if (!owned) refuse(ErrorCodes.NOT_ALLOWED, `only a process owner of a participant of ${process.id} may propose a change`);
    submitterStakeholder = owned;
  }
  const { requiredLevel, reviewers } = evaluateChanges(process, kind, data.baseRevision, data.changes, refs);

  return [
    {
      type: 'ProposalSubmitted',
      data: {
        id,
        processId,
        kind,
        submittedBy: principal.id,
        submitterStakeholder,
        stakeholder: kind === 'deviation' ? submitterStakeholder : null,
        baseRevision: data.baseRevision,
        changes: structuredClone(data.changes),
        rationale,
        requiredLevel,
        reviewers,
        governingBody: process.governingBody,
        reviewDeadline,
        submittedAt: context.now,
        ...(layout ? { layout } : {}),
      },
    },
  ];
};

const review = ({ data, refs, context }: ReviewProposal, state: ProposalState): ProposalEvent[] => {
  const stakeholder = requiredText(data.stakeholder, 'stakeholder');
  if (data.verdict !== 'accept' && data.verdict !== 'reject') refuse(ErrorCodes.INVALID_INPUT, 'verdict must be accept or reject', { field: 'verdict' });
  if (typeof data.comment !== 'string') refuse(ErrorCodes.INVALID_INPUT, 'comment must be a string', { field: 'comment' });
  // A review is a formal statement (yttrande) with a comment (docs/product.md); a rejection's comment is
  // also what the governance body reads to decide.
  if (data.comment.trim() === '') refuse(ErrorCodes.INVALID_INPUT, 'a review needs a comment', { field: 'comment' });
  requireStatus(state, data.id, ['submitted'], 'review');
  const principal = context.principal;
  if (!isReviewerOf(principal, stakeholder)) refuse(ErrorCodes.NOT_ALLOWED, `only a reviewer of ${stakeholder} may review on its behalf`);
  if (!state.reviewers.includes(stakeholder)) refuse(ErrorCodes.NOT_A_PARTICIPANT, `${stakeholder} is not asked to review proposal ${state.id}`);
  const ref = refs?.stakeholder;
  if (!ref?.exists || ref.id !== stakeholder) refuse(ErrorCodes.STAKEHOLDER_UNKNOWN, `stakeholder ${stakeholder} does not exist`);
  if (ref.retired) refuse(ErrorCodes.STAKEHOLDER_RETIRED, `stakeholder ${stakeholder} is retired`);
  if (Object.hasOwn(state.reviews, stakeholder)) {
    refuse(ErrorCodes.ALREADY_REVIEWED, `${stakeholder} already reviewed version ${state.version} of proposal ${state.id}`);
  }

  const comment = data.comment.trim();
  const events: ProposalEvent[] = [
    { type: 'ReviewSubmitted', data: { id: state.id, version: state.version, stakeholder, reviewer: principal.id, verdict: data.verdict, comment } },
  ];
  if (data.verdict === 'reject') {
    events.push({
      type: 'ProposalEscalated',
      data: { id: state.id, fromBody: null, toBody: state.governingBody, toLevel: 'object', reason: 'rejected-in-review', by: principal.id, motivation: comment },
    });
  } else if (state.reviewers.every((s) => s === stakeholder || Object.hasOwn(state.reviews, s))) {
    // Every earlier review was an accept: a reject would have escalated the proposal already.
    events.push({ type: 'ProposalAccepted', data: { id: state.id, version: state.version } });
  }
  return events;
};

const decide = ({ data, refs, context }: DecideProposal, state: ProposalState): ProposalEvent[] => {
  const bodyId = requiredText(data.body, 'body');
  if (!['approve', 'reject', 'escalate'].includes(data.outcome)) {
    refuse(ErrorCodes.INVALID_INPUT, 'outcome must be approve, reject or escalate', { field: 'outcome' });
  }
  const motivation = requiredText(data.motivation, 'motivation');
  requireStatus(state, data.id, ['escalated'], 'decide');
  const body = refs?.body;
  if (bodyId !== state.heldBy || !body?.exists || body.id !== bodyId) {
    refuse(ErrorCodes.NOT_HOLDING_BODY, `proposal ${state.id} is held by ${state.heldBy}, not ${bodyId}`, { heldBy: state.heldBy });
  }
  const principal = context.principal;
  if (!body.members.includes(principal.id)) refuse(ErrorCodes.NOT_A_BODY_MEMBER, `${principal.id} is not a member of ${body.id}`);
  const level = body.level;

  if (data.outcome === 'escalate') {
    if (level === 'portfolio') refuse(ErrorCodes.FINAL_LEVEL, `${body.id} is the portfolio level; its decision is final`);
    const parent = refs.parentBody;
    if (!body.parent) refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `${body.id} has no parent body to escalate to`);
    if (!parent?.exists || parent.id !== body.parent) refuse(ErrorCodes.BODY_UNKNOWN, `parent body ${body.parent} does not exist`);
    if (levelRank(parent.level) !== levelRank(level) + 1) {
      refuse(ErrorCodes.INVALID_BODY_HIERARCHY, `parent ${parent.id} of ${body.id} is not one level up`);
    }
    return [
      {
        type: 'ProposalEscalated',
        data: { id: state.id, fromBody: body.id, toBody: parent.id, toLevel: parent.level, reason: 'by-choice', by: principal.id, motivation },
      },
    ];
  }

  const required = state.requiredLevel;
  if (levelRank(level) < levelRank(required)) {
    refuse(ErrorCodes.OUTSIDE_MANDATE, `a ${level}-level body cannot decide a ${required}-level proposal; escalate it`, {
      requiredLevel: required,
      bodyLevel: level,
    });
  }
  return [{ type: 'ProposalDecided', data: { id: state.id, body: body.id, level, outcome: data.outcome, motivation, decidedBy: principal.id } }];
};

const withdraw = ({ data, context }: WithdrawProposal, state: ProposalState): ProposalEvent[] => {
  const reason = requiredText(data.reason, 'reason');
  requireOpen(state, data.id);
  requireSubmitter(state, context, 'withdraw');
  requireStatus(state, data.id, ['submitted', 'escalated', 'conflicted'], 'withdraw');
  return [{ type: 'ProposalWithdrawn', data: { id: state.id, reason, by: context.principal.id } }];
};

const amend = ({ data, refs, context }: AmendProposal, state: ProposalState): ProposalEvent[] => {
  const rationale = requiredText(data.rationale, 'rationale');
  requireOpen(state, data.id);
  requireSubmitter(state, context, 'amend');
  requireStatus(state, data.id, ['submitted', 'escalated', 'conflicted'], 'amend');
  const process = requireProcess(refs?.process, state.processId);
  const { requiredLevel, reviewers } = evaluateChanges(process, state.kind, data.baseRevision, data.changes, refs);
  return [
    {
      type: 'ProposalAmended',
      data: {
        id: state.id,
        version: state.version + 1,
        baseRevision: data.baseRevision,
        changes: structuredClone(data.changes),
        rationale,
        requiredLevel,
        reviewers,
      },
    },
  ];
};

/** The deadline process manager asks; the domain decides with the `now` it is given, so a replay agrees. */
const escalateOverdue = ({ data, context }: EscalateOverdueProposal, state: ProposalState): ProposalEvent[] => {
  requireStatus(state, data.id, ['submitted'], 'escalate an overdue');
  const deadline = state.reviewDeadline;
  if (deadline === null) refuse(ErrorCodes.DEADLINE_NOT_PASSED, `proposal ${state.id} has no review deadline`);
  if (!(Date.parse(deadline) < Date.parse(context.now))) {
    refuse(ErrorCodes.DEADLINE_NOT_PASSED, `the review deadline ${deadline} of proposal ${state.id} has not passed`, { reviewDeadline: deadline });
  }
  const missing = state.reviewers.filter((s) => !Object.hasOwn(state.reviews, s));
  return [
    {
      type: 'ProposalEscalated',
      data: {
        id: state.id,
        fromBody: null,
        toBody: state.governingBody,
        toLevel: 'object',
        reason: 'review-deadline-passed',
        by: context.principal.id,
        motivation: `review deadline ${deadline} passed; reviews missing from ${missing.join(', ')}`,
      },
    },
  ];
};

const markApplied = ({ data }: MarkProposalApplied, state: ProposalState): ProposalEvent[] => {
  requireStatus(state, data.id, ['accepted', 'approved'], 'apply');
  return [{ type: 'ProposalApplied', data: { id: state.id, revision: data.revision ?? null, rebased: data.rebased === true } }];
};

const markConflicted = ({ data }: MarkProposalConflicted, state: ProposalState): ProposalEvent[] => {
  requireStatus(state, data.id, ['accepted', 'approved'], 'mark as conflicted');
  return [{ type: 'ProposalConflicted', data: { id: state.id, headRevision: data.headRevision, reason: data.reason } }];
};

/** The proposal's commands: input first, then existence and status, then who asks, then the rule. */
export const decideProposal = (command: ProposalCommand, state: ProposalState): ProposalEvent[] => {
  switch (command.type) {
    case 'SubmitProposal':
      return submit(command, state);
    case 'ReviewProposal':
      return review(command, state);
    case 'DecideProposal':
      return decide(command, state);
    case 'WithdrawProposal':
      return withdraw(command, state);
    case 'AmendProposal':
      return amend(command, state);
    case 'EscalateOverdueProposal':
      return escalateOverdue(command, state);
    case 'MarkProposalApplied':
      return markApplied(command, state);
    case 'MarkProposalConflicted':
      return markConflicted(command, state);
    default:
      return refuseUnknownCommand(command);
  }
};
