/** Test fixtures shared by the process and proposal specs: a small definition and the states of
 * the streams it refers to, built as plain objects (the other deciders are not needed). */
import type { GovernanceBodyState } from '../governance-body/governance-body.state';
import type { StakeholderState } from '../stakeholder/stakeholder.state';
import type { SystemState } from '../system/system.state';
import type { TermState } from '../term/term.state';
import type { GovernanceLevel } from '../governance-body/governance-level';
import type { ProcessDefinition } from './definition';
import type { DefinitionRefs } from './process.commands';
import type { ProcessEvent } from './process.events';

export const stakeholder = (id: string, retired = false): StakeholderState => ({ exists: true, id, name: id.toUpperCase(), kind: 'committee', retired });
export const term = (id: string, deprecated = false): TermState => ({
  exists: true,
  id,
  label: id,
  definition: `the ${id}`,
  version: 1,
  deprecated,
  replacedBy: null,
  synonyms: {},
});
export const system = (id: string, retired = false): SystemState => ({
  exists: true,
  id,
  name: id,
  ownerStakeholder: 'ksn',
  ownerPrincipal: 'olga',
  governingBody: 'obj',
  retired,
});
export const body = (id: string, level: GovernanceLevel, parent: string | null, members: string[]): GovernanceBodyState => ({
  exists: true,
  id,
  name: id,
  level,
  parent,
  members,
});

export const refs = (over: Partial<DefinitionRefs> = {}): DefinitionRefs => ({
  stakeholders: { ksn: stakeholder('ksn'), fsn: stakeholder('fsn'), uhem: stakeholder('uhem'), old: stakeholder('old', true) },
  terms: { lease: term('lease'), tenant: term('tenant'), obsolete: term('obsolete', true) },
  systems: { agresso: system('agresso'), dalux: system('dalux'), legacy: system('legacy', true) },
  ...over,
});

/** ksn analyses, fsn approves, uhem signs; h1: ksn→fsn, h2: fsn→uhem. */
export const definition = (): ProcessDefinition => ({
  purpose: 'Lease premises for the municipality',
  participants: ['ksn', 'fsn', 'uhem'],
  steps: {
    s1: { name: 'Analyse need', performer: 'ksn', order: 1, terms: ['lease'], systems: ['agresso'] },
    s2: { name: 'Approve', performer: 'fsn', order: 2 },
    s3: { name: 'Sign lease', performer: 'uhem', order: 3, description: 'contract', systems: ['dalux'] },
  },
  handovers: {
    h1: { from: 's1', to: 's2', artifact: 'needs analysis' },
    h2: { from: 's2', to: 's3', artifact: 'decision' },
  },
});

/** VA-03 registered by olga (process owner of ksn), governed by `obj`, at revision 1 of definition(). */
export const registeredProcess = (): ProcessEvent => ({
  type: 'ProcessRegistered',
  data: { id: 'VA-03', name: 'Leasing in', owner: { principal: 'olga', stakeholder: 'ksn' }, governingBody: 'obj', revision: 1, definition: definition() },
});
