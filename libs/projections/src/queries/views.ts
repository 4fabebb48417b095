import type { CatalogueEntry, CatalogueState } from '../projections/catalogue.projection';
import type { DirectoryState } from '../projections/directory.projection';
import { participantStatuses } from '../projections/harmonization';
import type { ProposalRecord } from '../projections/proposals.projection';

export const catalogueView = (p: CatalogueEntry) => ({
  id: p.id,
  name: p.name,
  headRevision: p.head,
  definition: p.definition,
  owner: p.owner,
  participants: p.definition.participants,
  governingBody: p.governingBody,
  status: participantStatuses(p),
  deviations: p.deviations,
  adopted: p.adopted,
  openProposals: p.openProposals,
  adoptionTargets: p.adoptionTargets,
});

export type CatalogueView = ReturnType<typeof catalogueView>;

/** docs/api.md's proposal representation (ProposalView of @samsyn/application) plus its timeline. */
export const proposalView = (p: ProposalRecord) => ({
  id: p.id,
  processId: p.processId,
  kind: p.kind,
  status: p.status,
  requiredLevel: p.requiredLevel,
  heldBy: p.heldBy,
  version: p.version,
  baseRevision: p.baseRevision,
  changes: p.changes,
  rationale: p.rationale,
  submittedBy: p.submittedBy,
  stakeholder: p.stakeholder,
  reviewDeadline: p.reviewDeadline,
  reviewers: p.reviewers,
  reviews: p.reviews,
  decisions: p.decisions,
  escalations: p.escalations,
  appliedRevision: p.appliedRevision,
  submittedAt: p.submittedAt,
  decidedAt: p.decidedAt,
  closedAt: p.closedAt,
  awaitingReviewFrom: awaitingReviewFrom(p),
});

/** Participants asked to review the current version who have not answered yet. */
export const awaitingReviewFrom = (p: ProposalRecord): string[] => {
  if (p.status !== 'submitted') return [];
  const answered = new Set(p.reviews.filter((r) => r.version === p.version).map((r) => r.stakeholder));
  return p.reviewers.filter((s) => !answered.has(s));
};

/** Every system with where it is used: a step naming it, that step's process and performer. */
export const systemRegister = (dir: DirectoryState, cat: CatalogueState) => {
  const usage = new Map<string, { processId: string; stepId: string; step: string; performer: string }[]>();
  for (const p of Object.values(cat.processes)) {
    for (const [stepId, step] of Object.entries(p.definition.steps)) {
      for (const sys of step.systems ?? []) {
        const list = usage.get(sys) ?? [];
        list.push({ processId: p.id, stepId, step: step.name, performer: step.performer });
        usage.set(sys, list);
      }
    }
  }
  return Object.values(dir.systems)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((s) => {
      const steps = usage.get(s.id) ?? [];
      return {
        ...s,
        usedIn: {
          processes: [...new Set(steps.map((x) => x.processId))].sort(),
          steps,
          stakeholders: [...new Set(steps.map((x) => x.performer))].sort(),
        },
      };
    });
};
