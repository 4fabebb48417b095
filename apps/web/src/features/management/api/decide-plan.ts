import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ManagementPlan } from './get-management';
import { planPath, type DecisionInput } from './plan-writes';

/** POST /management-objects/:id/plans/:year/decision: a member of the holding body approves or rejects; beyond its budget frame the answer is the plan held by the parent body. */
export const useDecidePlan = (object: string, year: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => api.post<ManagementPlan>(`${planPath(object, year)}/decision`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
