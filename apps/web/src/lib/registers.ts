import { useApiQuery } from './use-api-query';
import type { Body, CatalogueEntry, Stakeholder } from './types';

/** The registers most screens name things from; shared so a name reads the same everywhere. */
export const useStakeholders = () => useApiQuery<Stakeholder[]>(['stakeholders'], '/stakeholders');
export const useBodies = () => useApiQuery<Body[]>(['bodies'], '/bodies');

export const nameOf = (list: { id: string; name: string }[] | undefined, id: string | null | undefined): string =>
  (id && list?.find((x) => x.id === id)?.name) || id || '–';

export interface Term {
  id: string;
  label: string;
  definition: string;
  deprecated: boolean;
  synonyms: Record<string, string[]>;
}
export interface SystemEntry {
  id: string;
  name: string;
  status: string;
  owner: { stakeholder: string };
  governingBody: string;
  usedIn: { processes: string[]; steps: { processId: string; stepId: string; step: string; performer: string }[]; stakeholders: string[] };
}
export const useTerms = () => useApiQuery<Term[]>(['terms'], '/terms');
export const useSystems = () => useApiQuery<SystemEntry[]>(['systems'], '/systems');
export const labelOf = (list: { id: string; label: string }[] | undefined, id: string): string => list?.find((x) => x.id === id)?.label ?? id;

/** Process names from the catalogue read the shell already holds (the same query key, so the same cache). */
export const useProcessNames = () => useApiQuery<CatalogueEntry[]>(['catalogue'], '/catalogue');
