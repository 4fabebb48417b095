import { useApiQuery } from './use-api-query';
import type { Body, Stakeholder } from './types';

/** The registers most screens name things from; shared so a name reads the same everywhere. */
export const useStakeholders = () => useApiQuery<Stakeholder[]>(['stakeholders'], '/stakeholders');
export const useBodies = () => useApiQuery<Body[]>(['bodies'], '/bodies');

export const nameOf = (list: { id: string; name: string }[] | undefined, id: string | null | undefined): string =>
  (id && list?.find((x) => x.id === id)?.name) || id || '–';
