import type { CatalogueState } from '../catalogue/catalogue.projection';
import { participantStatus } from '../catalogue/harmonization-status';
import { byId } from '../queries/by-id';

/** When each deviation's proposal was approved and applied (its record's closedAt), by proposal id. */
export type ApprovedAt = Record<string, string | null>;

/**
 * GET /reports/variants: per process, the organisations with an active deviation, the steps and
 * handovers it covers (named as in the head, null where the head no longer has them), since when
 * (the approval of its proposal), at which revision it was approved and how many revisions behind
 * the head that is, and whether it needs re-approval.
 */
export const variantReport = (cat: CatalogueState, approvedAt: ApprovedAt) => {
  const processes = Object.values(cat.processes)
    .sort(byId)
    .map((p) => ({
      processId: p.id,
      name: p.name,
      headRevision: p.head,
      participants: p.definition.participants.length,
      variants: Object.entries(p.deviations)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([stakeholder, d]) => ({
          stakeholder,
          status: participantStatus(p, stakeholder),
          proposalId: d.proposalId,
          rationale: d.rationale,
          since: Object.hasOwn(approvedAt, d.proposalId) ? approvedAt[d.proposalId] : null,
          approvedAtRevision: d.revision,
          revisionsBehind: p.head - d.revision,
          steps: d.covers.steps.map((id) => ({ id, name: Object.hasOwn(p.definition.steps, id) ? p.definition.steps[id].name : null })),
          handovers: d.covers.handovers.map((id) => ({ id, artifact: Object.hasOwn(p.definition.handovers, id) ? p.definition.handovers[id].artifact : null })),
          purpose: d.covers.purpose,
          participantsChanged: d.covers.participants,
          needsReapproval: d.needsReapproval,
        })),
    }))
    .filter((p) => p.variants.length > 0);
  const variants = processes.flatMap((p) => p.variants);
  return {
    overall: {
      processes: Object.keys(cat.processes).length,
      processesWithVariants: processes.length,
      variants: variants.length,
      needsReapproval: variants.filter((v) => v.needsReapproval !== null).length,
    },
    processes,
  };
};

export type VariantReport = ReturnType<typeof variantReport>;
