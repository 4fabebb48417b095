import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import type { DefinitionParts } from '@samsyn/domain/process/deviation-coverage';
import type { SamsynEvent } from '../projection';

/**
 * Events of the catalogue for the projections' given/when/then specifications (projection-spec.ts):
 * one process VA-01 with ksn as owner and ksn, fsn as participants unless a spec names others.
 */

type Event<T extends SamsynEvent['type']> = Extract<SamsynEvent, { type: T }>;
type Data<T extends SamsynEvent['type']> = Event<T>['data'];

type Level = Data<'ProposalEscalated'>['toLevel'];

const event = <T extends SamsynEvent['type']>(type: T, data: Data<T>): Event<T> => ({ type, data }) as Event<T>;

export const definitionWith = (participants: string[], steps: ProcessDefinition['steps'] = {}): ProcessDefinition => ({ purpose: 'p', participants, steps, handovers: {} });

export const processRegistered = (id = 'VA-01', participants = ['ksn', 'fsn']): Event<'ProcessRegistered'> =>
  event('ProcessRegistered', { id, name: 'Leasing in', owner: { principal: 'kalle', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definitionWith(participants) });

export const processRevised = (revision: number, proposalId: string, participants = ['ksn', 'fsn'], id = 'VA-01'): Event<'ProcessRevised'> =>
  event('ProcessRevised', { id, revision, definition: definitionWith(participants), proposalId, baseRevision: revision - 1, changes: [], rebased: false, summary: `revision ${revision}` });

export const adoptionRecorded = (stakeholder: string, revision: number, id = 'VA-01'): Event<'AdoptionRecorded'> =>
  event('AdoptionRecorded', { id, stakeholder, revision, adoptedOn: '2026-01-02' });

export const deviationRecorded = (stakeholder: string, proposalId: string, revision = 1, id = 'VA-01'): Event<'DeviationRecorded'> =>
  event('DeviationRecorded', { id, stakeholder, proposalId, revision, rationale: 'local practice', changes: [], covers: { steps: ['s1'], handovers: [], purpose: false, participants: false } });

export const deviationNeedsReapproval = (stakeholder: string, proposalId: string, revision: number, parts: DefinitionParts, id = 'VA-01'): Event<'DeviationNeedsReapproval'> =>
  event('DeviationNeedsReapproval', { id, stakeholder, proposalId, revision, approvedAtRevision: 1, parts });

export const deviationEnded = (stakeholder: string, proposalId: string, id = 'VA-01'): Event<'DeviationEnded'> =>
  event('DeviationEnded', { id, stakeholder, proposalId, reason: 'adopted the head' });

export const proposalSubmitted = (id: string, extra: Partial<Data<'ProposalSubmitted'>> = {}): Event<'ProposalSubmitted'> =>
  event('ProposalSubmitted', {
    id,
    processId: 'VA-01',
    kind: 'change',
    submittedBy: 'kalle',
    submitterStakeholder: 'ksn',
    stakeholder: null,
    baseRevision: 1,
    changes: [],
    rationale: 'r',
    requiredLevel: 'administration',
    reviewers: ['ksn', 'fsn'],
    governingBody: 'obj',
    reviewDeadline: null,
    submittedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  });

export const reviewSubmitted = (id: string, stakeholder: string, verdict: 'accept' | 'reject' = 'reject', version = 1): Event<'ReviewSubmitted'> =>
  event('ReviewSubmitted', { id, version, stakeholder, reviewer: `rev-${stakeholder}`, verdict, comment: verdict === 'reject' ? 'no' : 'yes' });

export const proposalEscalated = (id: string, toBody: string, toLevel: Level = 'object'): Event<'ProposalEscalated'> =>
  event('ProposalEscalated', { id, fromBody: null, toBody, toLevel, reason: 'rejected-in-review', by: 'system', motivation: 'm' });

export const proposalDecided = (id: string, outcome: 'approve' | 'reject', body = 'obj', level: Level = 'object'): Event<'ProposalDecided'> =>
  event('ProposalDecided', { id, body, level, outcome, motivation: 'm', decidedBy: 'olle' });

export const proposalAccepted = (id: string, version = 1): Event<'ProposalAccepted'> => event('ProposalAccepted', { id, version });

export const proposalAmended = (id: string, version: number, reviewers = ['ksn', 'fsn']): Event<'ProposalAmended'> =>
  event('ProposalAmended', { id, version, baseRevision: 1, changes: [], rationale: `r${version}`, requiredLevel: 'object', reviewers });

export const proposalWithdrawn = (id: string): Event<'ProposalWithdrawn'> => event('ProposalWithdrawn', { id, reason: 'changed my mind', by: 'kalle' });

export const proposalApplied = (id: string, revision: number | null): Event<'ProposalApplied'> => event('ProposalApplied', { id, revision, rebased: false });

export const bodyEstablished = (id: string, level: Level, members: string[], parent: string | null = null): Event<'GovernanceBodyEstablished'> =>
  event('GovernanceBodyEstablished', { id, name: `Body ${id}`, level, parent, members });

export const bodyMembersChanged = (id: string, members: string[], added: string[], removed: string[]): Event<'GovernanceBodyMembersChanged'> =>
  event('GovernanceBodyMembersChanged', { id, members, added, removed });

export const stakeholderRegistered = (id: string, name = id): Event<'StakeholderRegistered'> => event('StakeholderRegistered', { id, name, kind: 'committee' });
