import type { Principal } from '@samsyn/domain/shared/principal';
import type { MyTasks, MyTasksOptions } from './my-work/my-tasks';

/**
 * The read side as the HTTP API and the CLI see it. Implemented in this lib from projections fed
 * by the store's catch-up subscription. Every method takes an AsOf: undefined = now (live),
 * otherwise the answer as it would have been at that instant / global position.
 * Payload shapes follow ../../shared/API.md; they are JSON-serialisable (bigints as strings).
 */
export type AsOf = { instant: string } | { position: bigint } | undefined;

export interface ProposalFilter {
  status?: string;
  process?: string;
  awaitingStakeholder?: string;
  awaitingBody?: string;
}

export interface AuditFilter {
  after?: bigint;
  limit?: number;
  stream?: string;
  type?: string;
  actor?: string;
  from?: string;
  to?: string;
}

/** A page of a stakeholder's history: the entries with positions after `after`, at most `limit`. */
export interface HistoryPage {
  after?: bigint;
  limit?: number;
}

export interface ReadModelQueries {
  /** Resolves once every projection has processed the event at `position` (read-your-writes). */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean>;

  catalogue(asOf?: AsOf): Promise<unknown[]>;
  process(id: string, asOf?: AsOf): Promise<unknown | null>;
  revisions(id: string, asOf?: AsOf): Promise<unknown[] | null>;
  revision(id: string, n: number, asOf?: AsOf): Promise<unknown | null>;
  diff(id: string, from: number, to: number, asOf?: AsOf): Promise<unknown | null>;
  /** The stakeholder's active deviation against the current baseline; null without one. */
  deviationDiff(id: string, stakeholder: string, asOf?: AsOf): Promise<unknown | null>;
  proposals(filter: ProposalFilter, asOf?: AsOf): Promise<unknown[]>;
  proposal(id: string, asOf?: AsOf): Promise<unknown | null>;
  stakeholders(asOf?: AsOf): Promise<unknown[]>;
  /** Every entry, oldest first; a page: the entries after a position, at most `limit` of them. */
  stakeholderHistory(id: string, asOf?: AsOf, page?: HistoryPage): Promise<unknown[] | null>;
  bodies(asOf?: AsOf): Promise<unknown[]>;
  terms(asOf?: AsOf): Promise<unknown[]>;
  systems(asOf?: AsOf): Promise<unknown[]>;
  auditEvents(filter: AuditFilter, asOf?: AsOf): Promise<{ events: unknown[]; nextAfter: string | null }>;
  harmonizationReport(asOf?: AsOf): Promise<unknown>;
  /** The harmonization index at each instant of `ends` (oldest first), with drift and adoption lag per revision. */
  harmonizationSeries(ends: readonly string[], interval: 'day' | 'week' | 'month' | 'quarter' | 'year'): Promise<unknown>;
  governanceReport(asOf?: AsOf): Promise<unknown>;
  nomenclatureReport(asOf?: AsOf): Promise<unknown>;
  /** The principal's tasks (GET /me/tasks): reviews, decisions, its own proposals, adoptions. */
  myTasks(principal: Principal, options: MyTasksOptions, asOf?: AsOf): Promise<MyTasks>;
}
