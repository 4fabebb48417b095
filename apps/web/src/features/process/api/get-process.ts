import { useApiQuery } from '../../../lib/use-api-query';
import type { CatalogueEntry, Proposal, RevisionBody } from '../../../lib/types';

export interface RevisionRow {
  revision: number;
  proposalId: string | null;
  appliedAt: string;
  summary: string;
  actor: string;
  rebased: boolean;
  decision: { by: string; body?: string; level?: string; motivation?: string; decidedBy?: string; decidedAt?: string } | null;
  position: string;
}

export const useProcess = (id: string) => useApiQuery<CatalogueEntry>(['process', id], `/processes/${encodeURIComponent(id)}`);
export const useRevisions = (id: string) => useApiQuery<RevisionRow[]>(['process', id, 'revisions'], `/processes/${encodeURIComponent(id)}/revisions`);
export const useRevision = (id: string, n: number | undefined) =>
  useApiQuery<RevisionBody>(['process', id, 'revision', n], `/processes/${encodeURIComponent(id)}/revisions/${n}`, undefined, { enabled: n !== undefined && n > 0 });
export const useProcessProposals = (id: string) => useApiQuery<Proposal[]>(['proposals', { process: id }], '/proposals', { process: id });
