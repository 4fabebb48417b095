import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface DemoPerson {
  id: string;
  name: string;
  roles: { role: string; stakeholder?: string; stakeholderName?: string }[];
  bodies: { id: string; name: string; level: string }[];
}

export const useDemoPeople = (enabled: boolean) =>
  useQuery({ queryKey: ['demo-people'], queryFn: () => api.get<DemoPerson[]>('/auth/demo-people', { asOf: false }), enabled, staleTime: Infinity });
