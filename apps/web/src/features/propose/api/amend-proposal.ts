import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Proposal } from '../../../lib/types';
import type { PatchOp } from '../model/build-patch';

/** POST /proposals/:id/amend (the submitter): new changes against a new base; reviews restart. */
export const useAmendProposal = (proposalId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { baseRevision: number; changes: PatchOp[]; rationale: string }) => api.post<Proposal>(`/proposals/${encodeURIComponent(proposalId)}/amend`, input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
