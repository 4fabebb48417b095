import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Minutes } from './get-management';
import type { MinutesInput } from './plan-writes';

/** POST /bodies/:id/minutes: a member of the body records a meeting's minutes. */
export const useRecordMinutes = (body: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MinutesInput) => api.post<Minutes>(`/bodies/${encodeURIComponent(body)}/minutes`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
