import { compareDeviation } from '@samsyn/domain/process/deviation-diff';
import type { PatchOperation, ProcessDefinition } from '@samsyn/domain/process/definition';
import type { CatalogueEntry } from './catalogue.projection';
import { participantStatus } from './harmonization-status';

/** What the deviation's diff needs besides the catalogue entry: its proposal's patch and base. */
export interface DeviationSource {
  changes: PatchOperation[];
  baseRevision: number;
  baseDefinition: ProcessDefinition | null;
}

/** `GET /processes/:id/deviations/:stakeholder/diff`: the active deviation against the current
 * baseline, as old → new values, with what it covers and whether (and why) it needs re-approval. */
export const deviationDiff = (p: CatalogueEntry, stakeholder: string, source: DeviationSource) => {
  const dev = p.deviations[stakeholder];
  const head = { revision: p.head, definition: p.definition };
  const base = { revision: source.baseRevision, definition: source.baseDefinition ?? p.definition };
  return {
    processId: p.id,
    stakeholder,
    proposalId: dev.proposalId,
    status: participantStatus(p, stakeholder),
    approvedAtRevision: dev.revision,
    baseRevision: source.baseRevision,
    headRevision: p.head,
    revisionsBehind: p.head - dev.revision,
    covers: dev.covers,
    needsReapproval: dev.needsReapproval,
    ...compareDeviation(head, base, source.changes),
  };
};

export type DeviationDiffView = ReturnType<typeof deviationDiff>;
