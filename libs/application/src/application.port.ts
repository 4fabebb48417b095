import type { DiagramLayout, Principal } from '@samsyn/domain';
import type { ExpectedRevision } from '@samsyn/event-store';

/**
 * What adapters (HTTP controllers' command handlers, the CLI seeder, sagas) call to change
 * anything. Implemented by SamsynApplication (this lib): it loads the target stream and every
 * stream the rule needs, decides with the pure domain, appends with the revision it read, and
 * retries on a concurrency conflict (re-reading, re-deciding). Never touches a read model.
 */
export interface ExecutionOptions {
  principal: Principal;
  /** ISO instant; defaults to the application's clock. */
  now?: string;
  correlationId?: string;
  /** What caused the command: its own command id when omitted (one per request), or the id of
   * the event a follow-up (apply, mark, escalation) is a consequence of. */
  causationId?: string | null;
  /** The same key again → the first result, nothing appended. Scoped by the caller (the HTTP
   * layer: per principal), unique across every route. */
  idempotencyKey?: string;
  /** Fingerprint of the request (method, path, body) kept with a keyed write: the same key with
   * another fingerprint is IdempotencyKeyReusedError. */
  requestHash?: string;
  /** From If-Match: refuse with StaleRevisionError (→ 412) if the target stream moved on. */
  ifMatch?: bigint;
}

export interface ExecutionResult<R = unknown> {
  streamId: string;
  /** Stream revision after the write (the ETag). */
  revision: bigint;
  /** Global position of the last event written (for read-your-writes). */
  position: bigint;
  /** True when served from the idempotency record. */
  replayed: boolean;
  /** The aggregate's representation after the write (e.g. the proposal). */
  resource: R;
}

export type { ExpectedRevision };

/**
 * Every write of docs/api.md as one method. `opts.principal` is checked by the domain; errors are
 * DomainError (code, kind → 422/403/404), ConcurrencyError (→ 409 after retries are exhausted),
 * StaleRevisionError (If-Match, → 412). Resources are the aggregate states of @samsyn/domain,
 * except proposals, which come back as ProposalView (docs/api.md's representation).
 */
export interface SamsynCommands {
  registerStakeholder(data: { id: string; name: string; kind: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  renameStakeholder(id: string, data: { name: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  retireStakeholder(id: string, data: { reason: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  establishBody(
    data: { id: string; name: string; level: string; parent?: string | null; members: string[] },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult>;
  setBodyMembers(id: string, data: { members: string[] }, opts: ExecutionOptions): Promise<ExecutionResult>;
  defineTerm(data: { id: string; label: string; definition: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  reviseTerm(id: string, data: { label: string; definition: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  deprecateTerm(id: string, data: { reason: string; replacedBy?: string | null }, opts: ExecutionOptions): Promise<ExecutionResult>;
  mapSynonym(id: string, data: { stakeholder: string; label: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  registerSystem(
    data: { id: string; name: string; ownerStakeholder: string; governingBody: string },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult>;
  retireSystem(id: string, data: { reason: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  registerProcess(
    data: { id: string; name: string; ownerStakeholder: string; governingBody: string; definition: unknown },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult>;
  /** Applies at once when the proposal needs no review (and is then accepted) — see the result's status. */
  submitProposal(
    processId: string,
    data: {
      id?: string;
      kind?: 'change' | 'deviation';
      baseRevision: number;
      changes: unknown[];
      rationale: string;
      reviewDeadline?: string | null;
      stakeholder?: string | null;
      /** From POST /processes/:id/proposals/from-bpmn: where the diagram drew the definition. */
      layout?: DiagramLayout;
    },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult<ProposalView>>;
  amendProposal(id: string, data: { baseRevision: number; changes: unknown[]; rationale: string }, opts: ExecutionOptions): Promise<ExecutionResult<ProposalView>>;
  withdrawProposal(id: string, data: { reason: string }, opts: ExecutionOptions): Promise<ExecutionResult<ProposalView>>;
  /** The last accept applies the proposal (next revision, or `conflicted`) before answering. */
  reviewProposal(
    id: string,
    data: { stakeholder: string; verdict: 'accept' | 'reject'; comment: string },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult<ProposalView>>;
  /** An approval applies the proposal before answering. */
  decideProposal(
    id: string,
    data: { body: string; outcome: 'approve' | 'reject' | 'escalate'; motivation: string },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult<ProposalView>>;
  recordAdoption(
    processId: string,
    data: { stakeholder: string; revision: number; adoptedOn: string },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult>;
  /** The principal's own choice of what it is told (issue 14); only the principal itself. */
  setNotificationPreferences(principal: string, data: { kinds: string[]; email: boolean; language: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  /** Where e-mail to a principal goes: by an admin or the principal itself. */
  registerEmailAddress(principal: string, data: { address: string }, opts: ExecutionOptions): Promise<ExecutionResult>;
  /** Roll-out: a member of the process's governing body sets target adoption dates for a revision. */
  setAdoptionTargets(
    processId: string,
    data: { revision: number; targets: Record<string, string> },
    opts: ExecutionOptions,
  ): Promise<ExecutionResult>;
  /** Process manager: escalate a proposal whose review deadline passed with reviews missing. */
  escalateOverdue(id: string, opts: Omit<ExecutionOptions, 'principal'>): Promise<ExecutionResult<ProposalView>>;
  /** Process manager: finish a proposal left accepted/approved (its revision or deviation, then
   * applied / conflicted). A no-op for any other status. */
  settlePending(id: string, opts: Omit<ExecutionOptions, 'principal'>): Promise<ExecutionResult<ProposalView>>;
}

export interface ProposalView {
  id: string;
  processId: string;
  kind: 'change' | 'deviation';
  status: string;
  requiredLevel: string;
  heldBy: string | null;
  version: number;
  baseRevision: number;
  changes: unknown[];
  rationale: string;
  submittedBy: string;
  stakeholder: string | null;
  reviewDeadline: string | null;
  reviewers: string[];
  reviews: { stakeholder: string; reviewer: string; verdict: string; comment: string; version: number }[];
  decisions: { body: string; level: string; outcome: string; motivation: string; decidedBy: string }[];
  appliedRevision: number | null;
}
