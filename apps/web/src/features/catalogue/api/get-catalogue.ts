import { useApiQuery } from '../../../lib/use-api-query';
import type { CatalogueEntry } from '../../../lib/types';

/** GET /catalogue: every process with its head revision and each participant's status. */
export const useCatalogue = () => useApiQuery<CatalogueEntry[]>(['catalogue'], '/catalogue');
