import type { ProjectedEvent } from '../projection';

/** One line of a stakeholder's history: what happened, who did it, when, and why. */
export interface StakeholderHistoryEntry {
  position: string;
  at: string;
  actor: string;
  type: string;
  processId: string | null;
  proposalId: string | null;
  revision: number | null;
  what: string;
  why: string | null;
}

export const historyEntry = (stakeholder: string, e: ProjectedEvent): StakeholderHistoryEntry => {
  const base = { position: e.position.toString(), at: e.metadata.occurredAt, actor: e.metadata.actor, type: e.type };
  const none = { processId: null, proposalId: null, revision: null };
  switch (e.type) {
    case 'StakeholderRegistered':
      return { ...base, ...none, what: `registered as ${e.data.name} (${e.data.kind})`, why: null };
    case 'StakeholderRenamed':
      return { ...base, ...none, what: `renamed from ${e.data.previousName} to ${e.data.name}`, why: null };
    case 'StakeholderRetired':
      return { ...base, ...none, what: 'retired', why: e.data.reason };
    case 'ProcessRegistered':
      return { ...base, processId: e.data.id, proposalId: null, revision: 1, what: `process ${e.data.id} registered with ${stakeholder} as participant`, why: e.data.definition.purpose };
    case 'ProcessRevised':
      return { ...base, processId: e.data.id, proposalId: e.data.proposalId, revision: e.data.revision, what: `process ${e.data.id} revision ${e.data.revision}: ${e.data.summary}`, why: null };
    case 'ReviewSubmitted':
      return { ...base, processId: null, proposalId: e.data.id, revision: null, what: `reviewed proposal ${e.data.id} (version ${e.data.version}): ${e.data.verdict}`, why: e.data.comment };
    case 'ProposalSubmitted':
      return { ...base, processId: e.data.processId, proposalId: e.data.id, revision: e.data.baseRevision, what: `deviation proposed for process ${e.data.processId}`, why: e.data.rationale };
    case 'ProposalAccepted':
      return { ...base, ...none, proposalId: e.data.id, what: `deviation proposal ${e.data.id} accepted by consensus`, why: null };
    case 'ProposalDecided':
      return { ...base, ...none, proposalId: e.data.id, what: `deviation proposal ${e.data.id}: ${e.data.outcome} by ${e.data.body} (${e.data.level})`, why: e.data.motivation };
    case 'ProposalWithdrawn':
      return { ...base, ...none, proposalId: e.data.id, what: `deviation proposal ${e.data.id} withdrawn`, why: e.data.reason };
    case 'DeviationRecorded':
      return { ...base, processId: e.data.id, proposalId: e.data.proposalId, revision: e.data.revision, what: `deviation from process ${e.data.id} recorded`, why: e.data.rationale };
    case 'DeviationEnded':
      return { ...base, processId: e.data.id, proposalId: e.data.proposalId, revision: null, what: `deviation from process ${e.data.id} ended`, why: e.data.reason };
    case 'AdoptionRecorded':
      return { ...base, processId: e.data.id, proposalId: null, revision: e.data.revision, what: `adopted process ${e.data.id} revision ${e.data.revision} on ${e.data.adoptedOn}`, why: null };
    default:
      return { ...base, ...none, what: e.type, why: null };
  }
};
