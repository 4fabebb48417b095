import { api } from '../../../lib/api-client';
import type { Role } from '../../../lib/auth';

export interface Me {
  id: string;
  name: string;
  roles: Role[];
}

/**
 * GET /me with a provider's token before it becomes the session: the token holds the provider's
 * groups, and only the API knows which Samsyn roles they map to (SAMSYN_ROLE_MAPPING).
 */
export const fetchMe = (token: string): Promise<Me> => api.get<Me>('/me', { asOf: false, token });
