import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface AuthConfig {
  demo: boolean;
  /** The identity provider: what the OpenID client needs, and the name on the sign-in button. */
  oidc: { issuer: string; clientId: string; scope: string; name: string } | null;
}

export const useAuthConfig = () => useQuery({ queryKey: ['auth-config'], queryFn: () => api.get<AuthConfig>('/auth/config', { asOf: false }), staleTime: Infinity });
