import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WebhookUpdate } from '../model/webhook-form';
import type { WebhookSubscription } from './list-webhooks';

/** A write on one subscription that refreshes the list (and its delivery log) when it is done. */
const useWebhookWrite = <I, O>(fn: (input: I) => Promise<O>) => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['webhooks'] }) });
};

/** PATCH /webhooks/:id `{url, filter, description}` (admin): a new filter replaces the old one whole. */
export const useUpdateWebhook = () => useWebhookWrite((input: { id: string; body: WebhookUpdate }) => api.patch<WebhookSubscription>(`/webhooks/${encodeURIComponent(input.id)}`, input.body));

/** POST /webhooks/:id/rotate-secret (admin): the answer carries the new secret, this once; the old one stops signing. */
export const useRotateWebhookSecret = () => useWebhookWrite((id: string) => api.post<WebhookSubscription & { secret: string }>(`/webhooks/${encodeURIComponent(id)}/rotate-secret`, undefined));

/** DELETE /webhooks/:id (admin): no more deliveries, the secret erased; the subscription stays listed as removed. */
export const useRemoveWebhook = () => useWebhookWrite((id: string) => api.delete<WebhookSubscription>(`/webhooks/${encodeURIComponent(id)}`));
