import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WebhookRegistration } from '../model/webhook-form';
import type { WebhookSubscription } from './list-webhooks';

/** POST /webhooks (admin): the answer carries the subscription's secret, this once. */
export const useRegisterWebhook = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookRegistration) => api.post<WebhookSubscription & { secret: string }>('/webhooks', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }),
  });
};
