import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /terms/:id/synonyms (admin, or a reviewer of that organisation). */
export const useAddSynonym = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { term: string; stakeholder: string; label: string }) => api.post(`/terms/${encodeURIComponent(input.term)}/synonyms`, { stakeholder: input.stakeholder, label: input.label }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
