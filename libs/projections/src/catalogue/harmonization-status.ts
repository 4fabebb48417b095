import { harmonizationStatus } from '@samsyn/domain/process/harmonization';
import type { HarmonizationStatus } from '@samsyn/domain/process/process.state';
import type { CatalogueEntry } from './catalogue.projection';

/** The domain's rule (docs/product.md) over the catalogue's copy of a process's adoptions and deviations. */
export const participantStatus = (p: CatalogueEntry, stakeholder: string): HarmonizationStatus => harmonizationStatus(p, stakeholder);

export const participantStatuses = (p: CatalogueEntry): Record<string, HarmonizationStatus> =>
  Object.fromEntries(p.definition.participants.map((s) => [s, participantStatus(p, s)]));
