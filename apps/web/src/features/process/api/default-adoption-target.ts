import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** PUT /processes/:id/default-adoption-target (docs/harmonization.md): days after a revision is applied, or null. */
export const useSetDefaultAdoptionTarget = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (daysAfterApplied: number | null) => api.put(`/processes/${encodeURIComponent(id)}/default-adoption-target`, { daysAfterApplied }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
