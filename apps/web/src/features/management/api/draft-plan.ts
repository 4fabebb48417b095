import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ManagementPlan } from './get-management';
import { planPath, type PlanContent } from './plan-writes';

/** PUT /management-objects/:id/plans/:year: an object manager drafts the year's plan, or drafts again one not yet decided. */
export const useDraftPlan = (object: string, year: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanContent) => api.put<ManagementPlan>(planPath(object, year), input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
