import { dict, toDict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';

export interface StakeholderEntry {
  id: string;
  name: string;
  kind: string;
  retired: boolean;
  retiredReason: string | null;
  registeredAt: string;
}

export interface BodyEntry {
  id: string;
  name: string;
  level: string;
  parent: string | null;
  members: string[];
  /** Whole SEK a year, the body's mandate for management plans (docs/management-objects.md); absent: no frame. */
  budgetFrame?: number;
}

export interface TermEntry {
  id: string;
  label: string;
  definition: string;
  version: number;
  deprecated: boolean;
  deprecationReason: string | null;
  replacedBy: string | null;
  /** stakeholder → local labels that map onto this term */
  synonyms: Record<string, string[]>;
}

export interface SystemEntry {
  id: string;
  name: string;
  owner: { stakeholder: string; principal: string };
  governingBody: string;
  status: 'active' | 'retired';
  retiredReason: string | null;
}

/** The small registers: who takes part, who governs, the nomenclature, the IT systems. */
export interface DirectoryState {
  stakeholders: Record<string, StakeholderEntry>;
  bodies: Record<string, BodyEntry>;
  terms: Record<string, TermEntry>;
  systems: Record<string, SystemEntry>;
}

export const directoryProjection: Projection<DirectoryState> = {
  name: 'directory',
  // 2: bodies carry their budget frame (a saved state of version 1 lacks it: rebuilt).
  version: 2,
  // As-of answers replay from the nearest snapshot, and the state is small: keep them close.
  snapshotEvery: 2000,
  eventTypes: ['StakeholderRegistered', 'StakeholderRenamed', 'StakeholderRetired', 'GovernanceBodyEstablished', 'GovernanceBodyMembersChanged', 'GovernanceBodyBudgetFrameSet', 'TermDefined', 'TermRevised', 'TermDeprecated', 'LocalSynonymMapped', 'SystemRegistered', 'SystemRetired'],
  initialState: () => ({ stakeholders: dict(), bodies: dict(), terms: dict(), systems: dict() }),
  revive(s) {
    const terms = toDict(s.terms);
    for (const id of Object.keys(terms)) terms[id].synonyms = toDict(terms[id].synonyms);
    return { stakeholders: toDict(s.stakeholders), bodies: toDict(s.bodies), terms, systems: toDict(s.systems) };
  },
  apply(s, e) {
    switch (e.type) {
      case 'StakeholderRegistered':
        s.stakeholders[e.data.id] = {
          id: e.data.id,
          name: e.data.name,
          kind: e.data.kind,
          retired: false,
          retiredReason: null,
          registeredAt: e.metadata.occurredAt,
        };
        break;
      case 'StakeholderRenamed': {
        const x = s.stakeholders[e.data.id];
        if (x) x.name = e.data.name;
        break;
      }
      case 'StakeholderRetired': {
        const x = s.stakeholders[e.data.id];
        if (x) {
          x.retired = true;
          x.retiredReason = e.data.reason;
        }
        break;
      }
      case 'GovernanceBodyEstablished':
        s.bodies[e.data.id] = { id: e.data.id, name: e.data.name, level: e.data.level, parent: e.data.parent, members: [...e.data.members] };
        break;
      case 'GovernanceBodyMembersChanged': {
        const x = s.bodies[e.data.id];
        if (x) x.members = [...e.data.members];
        break;
      }
      case 'GovernanceBodyBudgetFrameSet': {
        const x = s.bodies[e.data.id];
        if (!x) break;
        if (e.data.budgetFrame === null) delete x.budgetFrame;
        else x.budgetFrame = e.data.budgetFrame;
        break;
      }
      case 'TermDefined':
        s.terms[e.data.id] = {
          id: e.data.id,
          label: e.data.label,
          definition: e.data.definition,
          version: 1,
          deprecated: false,
          deprecationReason: null,
          replacedBy: null,
          synonyms: dict(),
        };
        break;
      case 'TermRevised': {
        const x = s.terms[e.data.id];
        if (x) {
          x.label = e.data.label;
          x.definition = e.data.definition;
          x.version = e.data.version;
        }
        break;
      }
      case 'TermDeprecated': {
        const x = s.terms[e.data.id];
        if (x) {
          x.deprecated = true;
          x.deprecationReason = e.data.reason;
          x.replacedBy = e.data.replacedBy;
        }
        break;
      }
      case 'LocalSynonymMapped': {
        const x = s.terms[e.data.id];
        if (x) {
          const list = (x.synonyms[e.data.stakeholder] ??= []);
          if (!list.includes(e.data.label)) list.push(e.data.label);
        }
        break;
      }
      case 'SystemRegistered':
        s.systems[e.data.id] = {
          id: e.data.id,
          name: e.data.name,
          owner: { stakeholder: e.data.ownerStakeholder, principal: e.data.ownerPrincipal },
          governingBody: e.data.governingBody,
          status: 'active',
          retiredReason: null,
        };
        break;
      case 'SystemRetired': {
        const x = s.systems[e.data.id];
        if (x) {
          x.status = 'retired';
          x.retiredReason = e.data.reason;
        }
        break;
      }
    }
    return s;
  },
};
