import { useQueries } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth';
import { useAsOf } from '../../../lib/time-travel';
import type { Body, CatalogueEntry, Proposal } from '../../../lib/types';
import { composeMyWork, type MyWork } from '../model/my-work';

/** The open proposals (submitted, escalated, conflicted), the bodies and the catalogue, composed into my work. */
export const useMyWork = (): Partial<MyWork> & { isPending: boolean; error: unknown } => {
  const session = useSession();
  const asOf = useAsOf();
  const results = useQueries({
    queries: [
      { queryKey: ['proposals', { status: 'submitted' }, asOf], queryFn: () => api.get<Proposal[]>('/proposals', { params: { status: 'submitted' } }) },
      { queryKey: ['proposals', { status: 'escalated' }, asOf], queryFn: () => api.get<Proposal[]>('/proposals', { params: { status: 'escalated' } }) },
      { queryKey: ['proposals', { status: 'conflicted' }, asOf], queryFn: () => api.get<Proposal[]>('/proposals', { params: { status: 'conflicted' } }) },
      { queryKey: ['bodies', {}, asOf], queryFn: () => api.get<Body[]>('/bodies') },
      { queryKey: ['catalogue', {}, asOf], queryFn: () => api.get<CatalogueEntry[]>('/catalogue') },
    ],
  });
  const error = results.find((r) => r.error)?.error ?? null;
  if (!session || results.some((r) => !r.data)) return { isPending: !error, error };
  const [submitted, escalated, conflicted, bodies, catalogue] = results.map((r) => r.data) as [Proposal[], Proposal[], Proposal[], Body[], CatalogueEntry[]];
  return { ...composeMyWork({ sub: session.sub, roles: session.roles, proposals: [...submitted, ...escalated, ...conflicted], bodies, catalogue }), isPending: false, error };
};
