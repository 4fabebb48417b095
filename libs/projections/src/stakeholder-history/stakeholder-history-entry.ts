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

/**
 * Every entry is built by this one literal, keys always in this order (the order of the JSON
 * answer): one object shape for all of them, where spreads of a base object made V8 copy
 * properties one by one into objects of many shapes. Entries are frozen: they are kept and
 * shared by the rendered-entry cache (history-entry-cache.ts), so no caller may change one.
 * The type is the literal of its case: one string for all entries of a type, not one per row.
 */
const entry = (
  e: ProjectedEvent,
  type: string,
  processId: string | null,
  proposalId: string | null,
  revision: number | null,
  what: string,
  why: string | null,
  actor: string = e.metadata.actor,
): StakeholderHistoryEntry => Object.freeze({ position: e.position.toString(), at: e.metadata.occurredAt, actor, type, processId, proposalId, revision, what, why });

/** A revision or deviation is appended by the system principal; the person behind it (the
 * proposal's submitter, or the member who approved it) is in the event since it was recorded. */
const initiator = (e: ProjectedEvent & { data: { initiatedBy?: string | null } }): string => e.data.initiatedBy ?? e.metadata.actor;

/**
 * What the rendering reads of the larger events (besides position, type and metadata): the
 * rest of their data may be left out of the read (readAtLean's `slim`), as JSON paths per type.
 */
export const HISTORY_ENTRY_OMITS: Readonly<Record<string, readonly string[]>> = {
  // reads id and definition.purpose
  ProcessRegistered: ['$.definition.participants', '$.definition.steps', '$.definition.handovers'],
  // reads id, proposalId, revision, summary, rationale, initiatedBy
  ProcessRevised: ['$.definition', '$.changes'],
};

export const historyEntry = (stakeholder: string, e: ProjectedEvent): StakeholderHistoryEntry => {
  switch (e.type) {
    case 'StakeholderRegistered':
      return entry(e, 'StakeholderRegistered', null, null, null, `registered as ${e.data.name} (${e.data.kind})`, null);
    case 'StakeholderRenamed':
      return entry(e, 'StakeholderRenamed', null, null, null, `renamed from ${e.data.previousName} to ${e.data.name}`, null);
    case 'StakeholderRetired':
      return entry(e, 'StakeholderRetired', null, null, null, 'retired', e.data.reason);
    case 'ProcessRegistered':
      return entry(e, 'ProcessRegistered', e.data.id, null, 1, `process ${e.data.id} registered with ${stakeholder} as participant`, e.data.definition.purpose);
    case 'ProcessRevised':
      return entry(e, 'ProcessRevised', e.data.id, e.data.proposalId, e.data.revision, `process ${e.data.id} revision ${e.data.revision}: ${e.data.summary}`, e.data.rationale ?? null, initiator(e));
    case 'ReviewSubmitted':
      return entry(e, 'ReviewSubmitted', null, e.data.id, null, `reviewed proposal ${e.data.id} (version ${e.data.version}): ${e.data.verdict}`, e.data.comment);
    case 'ProposalSubmitted':
      return entry(e, 'ProposalSubmitted', e.data.processId, e.data.id, e.data.baseRevision, `deviation proposed for process ${e.data.processId}`, e.data.rationale);
    case 'ProposalAccepted':
      return entry(e, 'ProposalAccepted', null, e.data.id, null, `deviation proposal ${e.data.id} accepted by consensus`, null);
    case 'ProposalDecided':
      return entry(e, 'ProposalDecided', null, e.data.id, null, `deviation proposal ${e.data.id}: ${e.data.outcome} by ${e.data.body} (${e.data.level})`, e.data.motivation);
    case 'ProposalWithdrawn':
      return entry(e, 'ProposalWithdrawn', null, e.data.id, null, `deviation proposal ${e.data.id} withdrawn`, e.data.reason);
    case 'DeviationRecorded':
      return entry(e, 'DeviationRecorded', e.data.id, e.data.proposalId, e.data.revision, `deviation from process ${e.data.id} recorded`, e.data.rationale, initiator(e));
    case 'DeviationNeedsReapproval': {
      const parts = [...e.data.parts.steps.map((s) => `step ${s}`), ...e.data.parts.handovers.map((h) => `handover ${h}`), ...(e.data.parts.purpose ? ['purpose'] : []), ...(e.data.parts.participants ? ['participants'] : [])];
      return entry(e, 'DeviationNeedsReapproval', e.data.id, e.data.proposalId, e.data.revision, `deviation from process ${e.data.id} needs re-approval: revision ${e.data.revision} changed ${parts.join(', ')}`, null);
    }
    case 'DeviationEnded':
      return entry(e, 'DeviationEnded', e.data.id, e.data.proposalId, null, `deviation from process ${e.data.id} ended`, e.data.reason);
    case 'AdoptionRecorded':
      return entry(e, 'AdoptionRecorded', e.data.id, null, e.data.revision, `adopted process ${e.data.id} revision ${e.data.revision} on ${e.data.adoptedOn}`, null);
    default:
      return entry(e, e.type, null, null, null, e.type, null);
  }
};
