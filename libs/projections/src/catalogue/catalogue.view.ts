import type { CatalogueEntry } from './catalogue.projection';
import { participantStatuses } from './harmonization-status';

/** docs/api.md's process in the catalogue (GET /catalogue, GET /processes/:id): its baseline and
 * where each participant stands against it. */
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
  defaultAdoptionTarget: p.defaultAdoptionTarget ?? null,
});

export type CatalogueView = ReturnType<typeof catalogueView>;
