import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useApiQuery } from '../../../lib/use-api-query';

/** GET /processes/:id/review-cycle (docs/governance-notifications.md "Review cycles"). */
export interface ReviewCycle {
  processId: string;
  cycle: { intervalMonths: number; owner: string; setBy: string; setAt: string } | null;
  lastReview: { at: string; kind: 'registered' | 'revision' | 'no-change'; by: string; revision: number; comment: string | null };
  view: { nextDue: string; status: 'overdue' | 'due' | 'scheduled'; daysOverdue: number; noChangeReviews: { at: string; by: string; comment: string }[] } | null;
}

export const useReviewCycle = (id: string) => useApiQuery<ReviewCycle>(['process', id, 'review-cycle'], `/processes/${encodeURIComponent(id)}/review-cycle`);

/** POST /processes/:id/review-cycle/reviews: "reviewed, no change" (the review owner). */
export const useRecordNoChange = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (comment: string) => api.post(`/processes/${encodeURIComponent(id)}/review-cycle/reviews`, { comment }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};

/** PUT /processes/:id/review-cycle `{intervalMonths, owner}`: the process's owner or an admin. */
export const useSetReviewCycle = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { intervalMonths: number; owner: string }) => api.put(`/processes/${encodeURIComponent(id)}/review-cycle`, body),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
