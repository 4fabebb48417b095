import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ManagementPlan } from './get-management';
import { planPath, type PlanContent } from './plan-writes';

/** POST /management-objects/:id/plans/:year/revisions: an object manager revises a decided plan (the next revision, a draft held by the object's body again). */
export const useRevisePlan = (object: string, year: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanContent) => api.post<ManagementPlan>(`${planPath(object, year)}/revisions`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
