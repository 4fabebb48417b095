import { dict, toDict } from '@samsyn/domain/shared/dict';
import type { Projection } from '../projection';

/**
 * Per stakeholder, the global positions of every event that affected it, oldest first. The
 * entries themselves (who / when / why) are rendered from the stored events when asked: a
 * revision of a process with five participants would otherwise be copied five times into the
 * state and into every snapshot of it.
 */
export interface StakeholderHistoryState {
  /** stakeholder → positions (decimal strings) */
  entries: Record<string, string[]>;
  /** process → its current participants (a revision affects those it had before and after) */
  participants: Record<string, string[]>;
  /** deviation proposal → the stakeholder that asked to keep it */
  deviationOf: Record<string, string>;
}

const add = (s: StakeholderHistoryState, stakeholder: string, position: bigint): void => {
  const list = (s.entries[stakeholder] ??= []);
  const p = position.toString();
  if (list[list.length - 1] !== p) list.push(p);
};

export const stakeholderHistoryProjection: Projection<StakeholderHistoryState> = {
  name: 'stakeholder-history',
  // 2: DeviationNeedsReapproval is part of the stakeholder's history.
  version: 2,
  eventTypes: ['StakeholderRegistered', 'StakeholderRenamed', 'StakeholderRetired', 'ProcessRegistered', 'ProcessRevised', 'ReviewSubmitted', 'ProposalSubmitted', 'ProposalDecided', 'ProposalAccepted', 'ProposalWithdrawn', 'DeviationRecorded', 'DeviationNeedsReapproval', 'DeviationEnded', 'AdoptionRecorded'],
  initialState: () => ({ entries: dict(), participants: dict(), deviationOf: dict() }),
  revive: (s) => ({ entries: toDict(s.entries), participants: toDict(s.participants), deviationOf: toDict(s.deviationOf) }),
  apply(s, e) {
    switch (e.type) {
      case 'StakeholderRegistered':
      case 'StakeholderRenamed':
      case 'StakeholderRetired':
        add(s, e.data.id, e.position);
        break;
      case 'ProcessRegistered':
        s.participants[e.data.id] = [...e.data.definition.participants];
        for (const p of e.data.definition.participants) add(s, p, e.position);
        break;
      case 'ProcessRevised': {
        const before = s.participants[e.data.id] ?? [];
        const after = e.data.definition.participants;
        for (const p of new Set([...before, ...after])) add(s, p, e.position);
        s.participants[e.data.id] = [...after];
        break;
      }
      case 'ReviewSubmitted':
        add(s, e.data.stakeholder, e.position);
        break;
      case 'ProposalSubmitted':
        if (e.data.kind === 'deviation' && e.data.stakeholder) {
          s.deviationOf[e.data.id] = e.data.stakeholder;
          add(s, e.data.stakeholder, e.position);
        }
        break;
      case 'ProposalDecided':
      case 'ProposalAccepted':
      case 'ProposalWithdrawn': {
        const who = s.deviationOf[e.data.id];
        if (who) add(s, who, e.position);
        break;
      }
      case 'DeviationRecorded':
      case 'DeviationNeedsReapproval':
      case 'DeviationEnded':
      case 'AdoptionRecorded':
        add(s, e.data.stakeholder, e.position);
        break;
    }
    return s;
  },
};
