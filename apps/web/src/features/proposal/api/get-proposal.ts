import { useApiQuery } from '../../../lib/use-api-query';
import type { Proposal, RevisionBody } from '../../../lib/types';

export const useProposal = (id: string) => useApiQuery<Proposal>(['proposal', id], `/proposals/${encodeURIComponent(id)}`);

/** The revision a proposal was written against, to show its changes as old → new. */
export const useBaseDefinition = (processId: string | undefined, revision: number | undefined) =>
  useApiQuery<RevisionBody>(['process', processId, 'revision', revision], `/processes/${encodeURIComponent(processId ?? '')}/revisions/${revision}`, undefined, {
    enabled: !!processId && !!revision,
  });
