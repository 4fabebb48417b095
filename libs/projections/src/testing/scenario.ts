import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { HistoryWriter } from './history-writer';
import type { EventStore } from '@samsyn/event-store';

export const definitionV1: ProcessDefinition = {
  purpose: 'Lease premises in',
  participants: ['ksn', 'fsn', 'uhem'],
  steps: {
    s1: { name: 'Needs analysis', performer: 'ksn', order: 1, terms: ['lokalbehov'], systems: ['fastsys'] },
    s2: { name: 'Sign lease', performer: 'uhem', order: 2, systems: ['fastsys', 'diarie'] },
  },
  handovers: { h1: { from: 's1', to: 's2', artifact: 'needs report' } },
};

export const definitionV2: ProcessDefinition = {
  ...definitionV1,
  steps: { ...definitionV1.steps, s2: { ...definitionV1.steps.s2, name: 'Sign lease contract' } },
};

export const definitionV3: ProcessDefinition = {
  ...definitionV2,
  steps: { ...definitionV2.steps, s3: { name: 'Follow up', performer: 'fsn', order: 3, terms: ['hyra'] } },
  handovers: { ...definitionV2.handovers, h2: { from: 's2', to: 's3', artifact: 'contract' } },
};

/**
 * A small but complete history: registers, a consensus change, a rejected-then-escalated change
 * approved by the administration body, a deviation approved by the object body, adoptions, a
 * withdrawn proposal and one still awaiting review. `marks` are positions worth travelling to.
 */
export const writeScenario = async (store: EventStore) => {
  const w = new HistoryWriter(store);
  const marks: Record<string, bigint> = {};
  for (const [id, name, kind] of [
    ['ksn', 'Kommunstyrelsen', 'committee'],
    ['fsn', 'Fastighetsnämnden', 'committee'],
    ['uhem', 'Uppsalahem', 'company'],
  ] as const) {
    await w.emit(`stakeholder-${id}`, { type: 'StakeholderRegistered', data: { id, name, kind } });
  }
  await w.emit('body-port', { type: 'GovernanceBodyEstablished', data: { id: 'port', name: 'Portfolio board', level: 'portfolio', parent: null, members: ['pia'] } });
  await w.emit('body-adm', { type: 'GovernanceBodyEstablished', data: { id: 'adm', name: 'Administration board', level: 'administration', parent: 'port', members: ['adam'] } });
  await w.emit('body-obj', { type: 'GovernanceBodyEstablished', data: { id: 'obj', name: 'Object board', level: 'object', parent: 'adm', members: ['olle'] } });
  await w.emit('term-lokalbehov', { type: 'TermDefined', data: { id: 'lokalbehov', label: 'Premises need', definition: 'A need for premises' } });
  await w.emit('term-hyra', { type: 'TermDefined', data: { id: 'hyra', label: 'Rent', definition: 'Rent paid' } });
  await w.emit('term-lokalbehov', { type: 'LocalSynonymMapped', data: { id: 'lokalbehov', stakeholder: 'ksn', label: 'lokalbehovsanalys' } });
  await w.emit('system-fastsys', { type: 'SystemRegistered', data: { id: 'fastsys', name: 'Fastighetssystem', ownerStakeholder: 'fsn', ownerPrincipal: 'frida', governingBody: 'obj' } });
  await w.emit('system-diarie', { type: 'SystemRegistered', data: { id: 'diarie', name: 'Diarium', ownerStakeholder: 'ksn', ownerPrincipal: 'kalle', governingBody: 'obj' } });
  marks.registered = await w.emit(
    'process-VA-01',
    { type: 'ProcessRegistered', data: { id: 'VA-01', name: 'Leasing in', owner: { principal: 'kalle', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definitionV1 } },
    'kalle',
  );
  marks.registeredAt = BigInt(Date.parse(w.now));

  const proposal = (id: string, changes: unknown[], extra: Partial<Record<string, unknown>> = {}) => ({
    type: 'ProposalSubmitted' as const,
    data: {
      id,
      processId: 'VA-01',
      kind: 'change' as const,
      submittedBy: 'kalle',
      submitterStakeholder: 'ksn',
      stakeholder: null,
      baseRevision: 1,
      changes: changes as never,
      rationale: `why ${id}`,
      requiredLevel: 'object' as const,
      reviewers: ['ksn', 'fsn', 'uhem'],
      governingBody: 'obj',
      reviewDeadline: null,
      submittedAt: w.now,
      ...extra,
    },
  });
  const review = (id: string, stakeholder: string, verdict: 'accept' | 'reject', version = 1) =>
    w.emit(`proposal-${id}`, { type: 'ReviewSubmitted', data: { id, version, stakeholder, reviewer: `rev-${stakeholder}`, verdict, comment: `${verdict} from ${stakeholder}` } }, `rev-${stakeholder}`);

  // p1: consensus → revision 2
  await w.emit('proposal-p1', proposal('p1', [{ op: 'replace', path: '/steps/s2/name', value: 'Sign lease contract' }]), 'kalle');
  for (const s of ['ksn', 'fsn', 'uhem']) await review('p1', s, 'accept');
  await w.emit('proposal-p1', { type: 'ProposalAccepted', data: { id: 'p1', version: 1 } }, 'rev-uhem');
  await w.emit('process-VA-01', { type: 'ProcessRevised', data: { id: 'VA-01', revision: 2, definition: definitionV2, proposalId: 'p1', baseRevision: 1, changes: [], rebased: false, summary: 'steps changed: s2' } }, 'rev-uhem');
  marks.revision2 = await w.emit('proposal-p1', { type: 'ProposalApplied', data: { id: 'p1', revision: 2, rebased: false } }, 'rev-uhem');
  marks.revision2At = BigInt(Date.parse(w.now));

  await w.emit('process-VA-01', { type: 'AdoptionRecorded', data: { id: 'VA-01', stakeholder: 'ksn', revision: 2, adoptedOn: '2024-02-01T00:00:00.000Z' } }, 'kalle');
  await w.emit('process-VA-01', { type: 'AdoptionRecorded', data: { id: 'VA-01', stakeholder: 'uhem', revision: 1, adoptedOn: '2024-01-05T00:00:00.000Z' } }, 'ulla');

  // p2: fsn rejects → escalated to obj → obj escalates (administration level) → adm approves → revision 3
  await w.emit('proposal-p2', proposal('p2', [{ op: 'add', path: '/steps/s3', value: definitionV3.steps.s3 }], { baseRevision: 2, requiredLevel: 'administration' }), 'kalle');
  await review('p2', 'ksn', 'accept');
  await review('p2', 'fsn', 'reject');
  await w.emit('proposal-p2', { type: 'ProposalEscalated', data: { id: 'p2', fromBody: null, toBody: 'obj', toLevel: 'object', reason: 'rejected-in-review', by: 'system', motivation: 'a participant rejected' } }, 'system');
  marks.p2Escalated = await w.emit('proposal-p2', { type: 'ProposalEscalated', data: { id: 'p2', fromBody: 'obj', toBody: 'adm', toLevel: 'administration', reason: 'by-choice', by: 'olle', motivation: 'outside our mandate' } }, 'olle');
  await w.emit('proposal-p2', { type: 'ProposalDecided', data: { id: 'p2', body: 'adm', level: 'administration', outcome: 'approve', motivation: 'follow-up is needed', decidedBy: 'adam' } }, 'adam');
  await w.emit('process-VA-01', { type: 'ProcessRevised', data: { id: 'VA-01', revision: 3, definition: definitionV3, proposalId: 'p2', baseRevision: 2, changes: [], rebased: false, summary: 'steps added: s3; handovers added: h2' } }, 'adam');
  marks.revision3 = await w.emit('proposal-p2', { type: 'ProposalApplied', data: { id: 'p2', revision: 3, rebased: false } }, 'adam');

  // p3: deviation for uhem, rejected by ksn, approved by obj
  await w.emit('proposal-p3', proposal('p3', [{ op: 'remove', path: '/handovers/h2' }], { kind: 'deviation', stakeholder: 'uhem', submittedBy: 'ulla', submitterStakeholder: 'uhem', baseRevision: 3 }), 'ulla');
  await review('p3', 'ksn', 'reject');
  await w.emit('proposal-p3', { type: 'ProposalEscalated', data: { id: 'p3', fromBody: null, toBody: 'obj', toLevel: 'object', reason: 'rejected-in-review', by: 'system', motivation: 'a participant rejected' } }, 'system');
  await w.emit('proposal-p3', { type: 'ProposalDecided', data: { id: 'p3', body: 'obj', level: 'object', outcome: 'approve', motivation: 'local contract practice', decidedBy: 'olle' } }, 'olle');
  await w.emit('process-VA-01', { type: 'DeviationRecorded', data: { id: 'VA-01', stakeholder: 'uhem', proposalId: 'p3', revision: 3, rationale: 'why p3', changes: [] } }, 'olle');
  await w.emit('proposal-p3', { type: 'ProposalApplied', data: { id: 'p3', revision: null, rebased: false } }, 'olle');
  await w.emit('process-VA-01', { type: 'AdoptionRecorded', data: { id: 'VA-01', stakeholder: 'fsn', revision: 3, adoptedOn: w.now } }, 'frida');

  // p4 withdrawn, p5 awaiting fsn and uhem
  await w.emit('proposal-p4', proposal('p4', [{ op: 'replace', path: '/purpose', value: 'x' }], { baseRevision: 3 }), 'kalle');
  await w.emit('proposal-p4', { type: 'ProposalWithdrawn', data: { id: 'p4', reason: 'changed my mind', by: 'kalle' } }, 'kalle');
  await w.emit('proposal-p5', proposal('p5', [{ op: 'replace', path: '/steps/s1/name', value: 'Analyse needs' }], { baseRevision: 3 }), 'kalle');
  marks.end = await review('p5', 'ksn', 'accept');
  return { marks, writer: w };
};
