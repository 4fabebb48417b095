import type { GovernanceBodyState, GovernanceLevel, StakeholderKind, StakeholderState, SystemState, TermState } from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult } from './execution';

/**
 * The registers an admin keeps: stakeholders, governance bodies, terms and systems. Each API
 * module binds its port to a token of its own (apps/api/src/modules/<capability>/*.di-tokens.ts);
 * the use cases sit in the modules' commands/<use-case>/ folders. Who may do what is the domain's
 * rule: errors are DomainError (code, kind → 422/403/404), ConcurrencyError (→ 409 after the
 * retries), StaleRevisionError (If-Match → 412).
 */
export interface StakeholderUseCases {
  registerStakeholder(input: RegisterStakeholderInput, options: ExecutionOptions): Promise<ExecutionResult<StakeholderState>>;
  renameStakeholder(id: string, input: { name: string }, options: ExecutionOptions): Promise<ExecutionResult<StakeholderState>>;
  retireStakeholder(id: string, input: { reason: string }, options: ExecutionOptions): Promise<ExecutionResult<StakeholderState>>;
}

export interface BodyUseCases {
  establishBody(input: EstablishBodyInput, options: ExecutionOptions): Promise<ExecutionResult<GovernanceBodyState>>;
  setBodyMembers(id: string, input: { members: string[] }, options: ExecutionOptions): Promise<ExecutionResult<GovernanceBodyState>>;
}

export interface TermUseCases {
  defineTerm(input: { id: string; label: string; definition: string }, options: ExecutionOptions): Promise<ExecutionResult<TermState>>;
  reviseTerm(id: string, input: { label: string; definition: string }, options: ExecutionOptions): Promise<ExecutionResult<TermState>>;
  deprecateTerm(id: string, input: { reason: string; replacedBy?: string | null }, options: ExecutionOptions): Promise<ExecutionResult<TermState>>;
  mapSynonym(id: string, input: { stakeholder: string; label: string }, options: ExecutionOptions): Promise<ExecutionResult<TermState>>;
}

export interface SystemUseCases {
  registerSystem(input: RegisterSystemInput, options: ExecutionOptions): Promise<ExecutionResult<SystemState>>;
  retireSystem(id: string, input: { reason: string }, options: ExecutionOptions): Promise<ExecutionResult<SystemState>>;
}

export interface RegisterStakeholderInput {
  id: string;
  name: string;
  kind: StakeholderKind;
}

export interface EstablishBodyInput {
  id: string;
  name: string;
  level: GovernanceLevel;
  /** The body one level up; none for a portfolio body. */
  parent?: string | null;
  members: string[];
}

export interface RegisterSystemInput {
  id: string;
  name: string;
  ownerStakeholder: string;
  governingBody: string;
}
