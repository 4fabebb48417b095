import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useApiQuery } from '../../../lib/use-api-query';

export interface AuditEvent {
  position: string;
  streamId: string;
  revision: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: { actor: string; occurredAt: string; correlationId: string | null; causationId: string | null };
  hash: string;
}

export interface AuditFilter {
  stream: string;
  type: string;
  actor: string;
  from: string;
  to: string;
}

export interface HistoryEntry {
  position: string;
  at: string;
  actor: string;
  type: string;
  processId: string | null;
  proposalId: string | null;
  revision: number | null;
  what: string;
  why: string | null;
}

export const AUDIT_PAGE = 25;

/** GET /audit/events: a page after a position, filtered (auditors only). */
export const useAuditEvents = (filter: AuditFilter, after: string | undefined) =>
  useApiQuery<{ events: AuditEvent[]; nextAfter: string | null }>(['audit', 'events'], '/audit/events', { ...filter, after, limit: AUDIT_PAGE });

/** GET /audit/verify on demand: the hash chain walked from the first event. */
export const useVerifyChain = (run: number) =>
  useQuery({
    queryKey: ['audit', 'verify', run],
    // The chain as stored now, whatever page is shown: verification is of the whole store.
    queryFn: () => api.get<{ ok: boolean; checked: number; headPosition: string | null; headHash: string | null; brokenAt?: string }>('/audit/verify', { asOf: false }),
    enabled: run > 0,
    staleTime: Infinity,
  });

export const useStakeholderHistory = (id: string) => useApiQuery<HistoryEntry[]>(['stakeholder-history', id], `/stakeholders/${encodeURIComponent(id)}/history`, undefined, { enabled: !!id });
