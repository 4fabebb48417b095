import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { DELIVERY_REFRESH_MS, type DeliveryEntry } from './list-webhooks';

/** GET /webhooks/:id/deliveries: the newest entries of the delivery log. It answers now only, so no as-of is sent. */
export const useDeliveries = (id: string | null) =>
  useQuery({
    queryKey: ['webhooks', 'deliveries', id],
    queryFn: () => api.get<{ deliveries: DeliveryEntry[] }>(`/webhooks/${encodeURIComponent(id!)}/deliveries`, { params: { limit: 20 }, asOf: false }),
    enabled: id !== null,
    refetchInterval: DELIVERY_REFRESH_MS,
  });
