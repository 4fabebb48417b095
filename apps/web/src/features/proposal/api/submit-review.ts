import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface ReviewInput {
  stakeholder: string;
  verdict: 'accept' | 'reject';
  comment: string;
}

/** POST /proposals/:id/reviews (a reviewer of `stakeholder`). */
export const useSubmitReview = (proposalId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewInput) => api.post(`/proposals/${encodeURIComponent(proposalId)}/reviews`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
