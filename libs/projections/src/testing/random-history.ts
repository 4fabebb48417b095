import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import type { SamsynEvent } from '../projection';

export type Step = [action: number, pick: number];

/**
 * Turns random numbers into a well-formed history of the real event types: a small model keeps
 * what exists (stakeholders, processes and their heads, open proposals) so every event refers to
 * things that are there and proposals move only along their lifecycle.
 */
export const randomHistory = (steps: Step[]): { streamId: string; event: SamsynEvent; actor: string }[] => {
  const out: { streamId: string; event: SamsynEvent; actor: string }[] = [];
  const stakeholders: string[] = [];
  const processes: { id: string; head: number; definition: ProcessDefinition }[] = [];
  const proposals: { id: string; processId: string; status: string; version: number; kind: 'change' | 'deviation'; stakeholder: string | null; reviewers: string[] }[] = [];
  const terms: string[] = [];
  const of = <T>(xs: T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);
  const emit = (streamId: string, event: SamsynEvent, actor = 'admin') => out.push({ streamId, event, actor });

  for (const [action, n] of steps) {
    switch (action % 10) {
      case 0: {
        const id = `s${stakeholders.length}`;
        stakeholders.push(id);
        emit(`stakeholder-${id}`, { type: 'StakeholderRegistered', data: { id, name: `S ${id}`, kind: 'committee' } });
        break;
      }
      case 1: {
        if (!stakeholders.length) break;
        const id = `P${processes.length}`;
        const participants = stakeholders.filter((_, i) => (n >> i) % 2 === 0 || i === n % stakeholders.length);
        const definition: ProcessDefinition = {
          purpose: `purpose ${n}`,
          participants,
          steps: { a: { name: 'A', performer: participants[0], order: 1, terms: terms.slice(0, n % 3), systems: n % 2 ? ['sys0'] : [] } },
          handovers: {},
        };
        processes.push({ id, head: 1, definition });
        emit(`process-${id}`, { type: 'ProcessRegistered', data: { id, name: id, owner: { principal: 'o', stakeholder: participants[0] }, governingBody: 'obj', revision: 1, definition } }, 'o');
        break;
      }
      case 2: {
        const p = of(processes, n);
        if (!p) break;
        const id = `x${proposals.length}`;
        const kind = n % 4 === 0 ? 'deviation' : 'change';
        const stakeholder = kind === 'deviation' ? p.definition.participants[n % p.definition.participants.length] : null;
        proposals.push({ id, processId: p.id, status: 'submitted', version: 1, kind, stakeholder, reviewers: [...p.definition.participants] });
        emit(`proposal-${id}`, {
          type: 'ProposalSubmitted',
          data: { id, processId: p.id, kind, submittedBy: 'o', submitterStakeholder: p.definition.participants[0], stakeholder, baseRevision: p.head, changes: [], rationale: `r${n}`, requiredLevel: (['object', 'administration', 'portfolio'] as const)[n % 3], reviewers: [...p.definition.participants], governingBody: 'obj', reviewDeadline: null, submittedAt: '' },
        }, 'o');
        break;
      }
      case 3: {
        const x = of(proposals.filter((q) => q.status === 'submitted'), n);
        if (!x) break;
        const stakeholder = x.reviewers[n % x.reviewers.length];
        emit(`proposal-${x.id}`, { type: 'ReviewSubmitted', data: { id: x.id, version: x.version, stakeholder, reviewer: `r-${stakeholder}`, verdict: n % 3 ? 'accept' : 'reject', comment: 'c' } }, `r-${stakeholder}`);
        break;
      }
      case 4:
      case 5: {
        const open = proposals.filter((q) => q.status === 'submitted' || q.status === 'escalated');
        const x = of(open, n);
        if (!x) break;
        const p = processes.find((q) => q.id === x.processId)!;
        if (action % 10 === 4 && x.status === 'submitted') {
          emit(`proposal-${x.id}`, { type: 'ProposalAccepted', data: { id: x.id, version: x.version } });
        } else if (x.status === 'submitted' || n % 3 === 0) {
          x.status = 'escalated';
          emit(`proposal-${x.id}`, { type: 'ProposalEscalated', data: { id: x.id, fromBody: null, toBody: `b${n % 3}`, toLevel: 'object', reason: 'rejected-in-review', by: 'system', motivation: 'm' } }, 'system');
          break;
        } else {
          const outcome = n % 2 ? 'approve' : 'reject';
          emit(`proposal-${x.id}`, { type: 'ProposalDecided', data: { id: x.id, body: `b${n % 3}`, level: (['object', 'administration', 'portfolio'] as const)[n % 3], outcome, motivation: 'm', decidedBy: 'd' } }, 'd');
          if (outcome === 'reject') {
            x.status = 'rejected';
            break;
          }
        }
        x.status = 'applied';
        if (x.kind === 'deviation') {
          emit(`process-${p.id}`, { type: 'DeviationRecorded', data: { id: p.id, stakeholder: x.stakeholder!, proposalId: x.id, revision: p.head, rationale: 'r', changes: [] } });
          emit(`proposal-${x.id}`, { type: 'ProposalApplied', data: { id: x.id, revision: null, rebased: false } });
        } else {
          p.head++;
          const participants = n % 5 === 0 && stakeholders.length ? [...new Set([...p.definition.participants, of(stakeholders, n >> 3)!])] : p.definition.participants;
          p.definition = { ...p.definition, participants, steps: { ...p.definition.steps, [`k${p.head}`]: { name: `K${n}`, performer: participants[0], order: p.head, terms: terms.slice(0, n % 2) } } };
          emit(`process-${p.id}`, { type: 'ProcessRevised', data: { id: p.id, revision: p.head, definition: p.definition, proposalId: x.id, baseRevision: p.head - 1, changes: [], rebased: false, summary: `r${p.head}` } });
          emit(`proposal-${x.id}`, { type: 'ProposalApplied', data: { id: x.id, revision: p.head, rebased: false } });
        }
        break;
      }
      case 6: {
        const p = of(processes, n);
        if (!p) break;
        const stakeholder = p.definition.participants[n % p.definition.participants.length];
        emit(`process-${p.id}`, { type: 'AdoptionRecorded', data: { id: p.id, stakeholder, revision: 1 + (n % p.head), adoptedOn: `2024-0${1 + (n % 9)}-15T00:00:00.000Z` } });
        break;
      }
      case 7: {
        const x = of(proposals.filter((q) => q.status === 'submitted'), n);
        if (!x) break;
        if (n % 2) {
          x.status = 'withdrawn';
          emit(`proposal-${x.id}`, { type: 'ProposalWithdrawn', data: { id: x.id, reason: 'w', by: 'o' } }, 'o');
        } else {
          x.version++;
          emit(`proposal-${x.id}`, { type: 'ProposalAmended', data: { id: x.id, version: x.version, baseRevision: 1, changes: [], rationale: 'a', requiredLevel: 'portfolio', reviewers: x.reviewers } }, 'o');
        }
        break;
      }
      case 8: {
        if (n % 2 || !terms.length || !stakeholders.length) {
          const id = `t${terms.length}`;
          terms.push(id);
          emit(`term-${id}`, { type: 'TermDefined', data: { id, label: id, definition: 'd' } });
        } else emit(`term-${of(terms, n)}`, { type: 'LocalSynonymMapped', data: { id: of(terms, n)!, stakeholder: of(stakeholders, n >> 2)!, label: `l${n}` } });
        break;
      }
      case 9: {
        const s = of(stakeholders, n);
        if (n % 2 && s) emit(`stakeholder-${s}`, { type: 'StakeholderRenamed', data: { id: s, name: `R${n}`, previousName: '?' } });
        else if (s) emit('system-sys0', { type: 'SystemRegistered', data: { id: 'sys0', name: `Sys ${n}`, ownerStakeholder: s, ownerPrincipal: 'o', governingBody: 'obj' } });
        break;
      }
    }
  }
  return out;
};
