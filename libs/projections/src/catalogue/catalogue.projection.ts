import type { ProcessDefinition } from '@samsyn/domain/process/definition';
import { dict, toDict } from '@samsyn/domain/shared/dict';
import { deviationCovers, unionParts } from '@samsyn/domain/process/deviation-coverage';
import type { ActiveDeviation } from '@samsyn/domain/process/process.state';
import type { Projection } from '../projection';

export interface CatalogueEntry {
  id: string;
  name: string;
  owner: { principal: string; stakeholder: string };
  governingBody: string;
  head: number;
  definition: ProcessDefinition;
  registeredAt: string;
  /** Latest adoption per stakeholder. */
  adopted: Record<string, { revision: number; adoptedOn: string }>;
  /** Active deviations per stakeholder: what each covers, and since when it needs re-approval. */
  deviations: Record<string, ActiveDeviation>;
  openProposals: string[];
  /** Roll-out: target adoption date per revision and participant (AdoptionTargetsSet). */
  adoptionTargets: Record<string, Record<string, string>>;
  /** Roll-out default: days after a revision is applied (DefaultAdoptionTargetSet); null: none. */
  defaultAdoptionTarget?: { daysAfterApplied: number; setBy: string } | null;
}

export interface CatalogueState {
  processes: Record<string, CatalogueEntry>;
  /** Open proposal → its process, so a closing event finds the list to leave. */
  openProposalProcess: Record<string, string>;
}

const closeProposal = (s: CatalogueState, proposalId: string): void => {
  const processId = s.openProposalProcess[proposalId];
  if (processId === undefined) return;
  delete s.openProposalProcess[proposalId];
  const p = s.processes[processId];
  if (p) p.openProposals = p.openProposals.filter((id) => id !== proposalId);
};

/** Open = not yet applied, rejected or withdrawn (a conflicted proposal waits for an amendment). */
export const catalogueProjection: Projection<CatalogueState> = {
  name: 'catalogue',
  // 2: deviations carry covers and needsReapproval (DeviationNeedsReapproval); adoptionTargets.
  version: 2,
  // As-of answers replay from the nearest snapshot, and the state is small: keep them close.
  snapshotEvery: 2000,
  eventTypes: ['ProcessRegistered', 'ProcessRevised', 'AdoptionRecorded', 'DeviationRecorded', 'DeviationNeedsReapproval', 'DeviationEnded', 'AdoptionTargetsSet', 'DefaultAdoptionTargetSet', 'ProposalSubmitted', 'ProposalApplied', 'ProposalWithdrawn', 'ProposalDecided'],
  initialState: () => ({ processes: dict(), openProposalProcess: dict() }),
  revive(s) {
    const processes = toDict(s.processes);
    for (const id of Object.keys(processes)) {
      const p = processes[id];
      p.adopted = toDict(p.adopted);
      p.deviations = toDict(p.deviations);
      p.adoptionTargets = toDict(p.adoptionTargets ?? {});
      for (const rev of Object.keys(p.adoptionTargets)) p.adoptionTargets[rev] = toDict(p.adoptionTargets[rev]);
    }
    return { processes, openProposalProcess: toDict(s.openProposalProcess) };
  },
  apply(s, e) {
    switch (e.type) {
      case 'ProcessRegistered': {
        const d = e.data;
        s.processes[d.id] = {
          id: d.id,
          name: d.name,
          owner: d.owner,
          governingBody: d.governingBody,
          head: d.revision,
          definition: d.definition,
          registeredAt: e.metadata.occurredAt,
          adopted: dict(),
          deviations: dict(),
          openProposals: [],
          adoptionTargets: dict(),
        };
        break;
      }
      case 'ProcessRevised': {
        const p = s.processes[e.data.id];
        if (p) {
          p.head = e.data.revision;
          p.definition = e.data.definition;
        }
        break;
      }
      case 'AdoptionRecorded': {
        const p = s.processes[e.data.id];
        if (p) p.adopted[e.data.stakeholder] = { revision: e.data.revision, adoptedOn: e.data.adoptedOn };
        break;
      }
      case 'DeviationRecorded': {
        const p = s.processes[e.data.id];
        // Older events carry no covers: the deviation was recorded at the head, which `definition` still is.
        const d = e.data;
        if (p) {
          const covers = d.covers ?? deviationCovers(d.baseRevision === undefined || d.baseRevision === p.head ? p.definition : undefined, d.changes ?? []);
          p.deviations[d.stakeholder] = { proposalId: d.proposalId, revision: d.revision, rationale: d.rationale, covers, needsReapproval: null };
        }
        break;
      }
      case 'AdoptionTargetsSet': {
        const p = s.processes[e.data.id];
        if (p) p.adoptionTargets[e.data.revision] = toDict({ ...p.adoptionTargets[e.data.revision], ...e.data.targets });
        break;
      }
      case 'DefaultAdoptionTargetSet': {
        const p = s.processes[e.data.id];
        if (p) p.defaultAdoptionTarget = e.data.daysAfterApplied === null ? null : { daysAfterApplied: e.data.daysAfterApplied, setBy: e.data.setBy };
        break;
      }
      case 'DeviationNeedsReapproval': {
        const p = s.processes[e.data.id];
        const dev = p?.deviations[e.data.stakeholder];
        if (dev && dev.proposalId === e.data.proposalId) {
          const was = dev.needsReapproval;
          dev.needsReapproval = was
            ? { since: was.since, revisions: [...was.revisions, e.data.revision], parts: unionParts(was.parts, e.data.parts) }
            : { since: e.data.revision, revisions: [e.data.revision], parts: e.data.parts };
        }
        break;
      }
      case 'DeviationEnded': {
        const p = s.processes[e.data.id];
        if (p && p.deviations[e.data.stakeholder]?.proposalId === e.data.proposalId) delete p.deviations[e.data.stakeholder];
        break;
      }
      case 'ProposalSubmitted': {
        const p = s.processes[e.data.processId];
        if (p) {
          p.openProposals.push(e.data.id);
          s.openProposalProcess[e.data.id] = e.data.processId;
        }
        break;
      }
      case 'ProposalApplied':
      case 'ProposalWithdrawn':
        closeProposal(s, e.data.id);
        break;
      case 'ProposalDecided':
        if (e.data.outcome === 'reject') closeProposal(s, e.data.id);
        break;
    }
    return s;
  },
};
