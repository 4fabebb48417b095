import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auth, sessionFromToken } from '../../../lib/auth';

/** POST /auth/demo-sign-in: a short-lived token for a demo person, kept by lib/auth. */
export const useDemoSignIn = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (person: string) => api.post<{ token: string; expiresAt: string }>('/auth/demo-sign-in', { person }),
    onSuccess: ({ token }) => {
      queryClient.clear(); // nothing read as the previous person stays on screen
      auth.signIn(sessionFromToken(token));
    },
  });
};
