import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /webhooks/:id/pause `{note}` or /resume (admin). */
export const usePauseResumeWebhook = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; action: 'pause' | 'resume'; note?: string }) =>
      api.post(`/webhooks/${encodeURIComponent(input.id)}/${input.action}`, input.action === 'pause' ? { note: input.note || null } : undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
};
