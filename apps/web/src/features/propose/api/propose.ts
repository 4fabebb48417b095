import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Definition, Proposal } from '../../../lib/types';
import type { PatchOp } from '../model/build-patch';

export interface Preview {
  requiredLevel: 'object' | 'administration' | 'portfolio';
  reasons: { level: string; code: string; stakeholders?: string[]; steps?: string[]; handovers?: string[]; added?: string[]; removed?: string[] }[];
  reviewers: string[];
  touched: { steps: string[]; handovers: string[]; systems: string[]; terms: string[] };
  /** The definition the change makes. */
  definition: Definition;
}

export interface ProposalInput {
  kind: 'change' | 'deviation';
  stakeholder?: string;
  baseRevision: number;
  changes: PatchOp[];
  rationale: string;
}

/** POST /processes/:id/proposals/preview: the dry run shown before sending. */
export const usePreviewProposal = (processId: string) =>
  useMutation({ mutationFn: (input: { baseRevision: number; changes: PatchOp[] }) => api.post<Preview>(`/processes/${encodeURIComponent(processId)}/proposals/preview`, input) });

/** POST /processes/:id/proposals. */
export const useSubmitProposal = (processId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposalInput) => api.post<Proposal>(`/processes/${encodeURIComponent(processId)}/proposals`, input.kind === 'deviation' ? input : { ...input, stakeholder: undefined }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
};
