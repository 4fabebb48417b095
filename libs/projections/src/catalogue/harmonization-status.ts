import type { HarmonizationStatus } from '@samsyn/domain/process/process.state';
import type { CatalogueEntry } from './catalogue.projection';

/** docs/product.md: an active deviation wins (needs-reapproval once a revision changed its parts); otherwise compare the adopted revision with the head. */
export const participantStatus = (p: CatalogueEntry, stakeholder: string): HarmonizationStatus => {
  const deviation = p.deviations[stakeholder];
  if (deviation) return deviation.needsReapproval ? 'needs-reapproval' : 'deviating';
  const adopted = p.adopted[stakeholder];
  if (!adopted) return 'not-adopted';
  return adopted.revision >= p.head ? 'harmonized' : 'behind';
};

export const participantStatuses = (p: CatalogueEntry): Record<string, HarmonizationStatus> =>
  Object.fromEntries(p.definition.participants.map((s) => [s, participantStatus(p, s)]));
