import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /proposals/:id/withdraw (the submitter, before a decision). */
export const useWithdrawProposal = (proposalId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post(`/proposals/${encodeURIComponent(proposalId)}/withdraw`, { reason }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
