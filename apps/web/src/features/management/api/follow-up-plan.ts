import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ManagementPlan } from './get-management';
import { planPath, type FollowUpInput } from './plan-writes';

/** POST /management-objects/:id/plans/:year/follow-ups: an object manager records activity states and the budget spent. */
export const useFollowUpPlan = (object: string, year: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FollowUpInput) => api.post<ManagementPlan>(`${planPath(object, year)}/follow-ups`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
