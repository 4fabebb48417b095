import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface DecisionInput {
  body: string;
  outcome: 'approve' | 'reject' | 'escalate';
  motivation: string;
}

/** POST /proposals/:id/decisions (a member of the body holding it). */
export const useDecideProposal = (proposalId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) => api.post(`/proposals/${encodeURIComponent(proposalId)}/decisions`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
