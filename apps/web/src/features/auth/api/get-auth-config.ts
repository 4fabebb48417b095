import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface AuthConfig {
  demo: boolean;
  oidc: { issuer: string; clientId: string } | null;
}

export const useAuthConfig = () => useQuery({ queryKey: ['auth-config'], queryFn: () => api.get<AuthConfig>('/auth/config', { asOf: false }), staleTime: Infinity });
