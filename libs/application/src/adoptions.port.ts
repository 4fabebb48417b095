import type { ProcessState } from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult } from './execution';

/** Roll-out of a revision to the stakeholders (apps/api/src/modules/adoptions): who adopted it
 * when, and the dates the governing body sets for them. Both write the process's stream. */
export interface AdoptionUseCases {
  recordAdoption(processId: string, input: RecordAdoptionInput, options: ExecutionOptions): Promise<ExecutionResult<ProcessState>>;
  /** A member of the process's governing body sets target adoption dates for a revision. */
  setAdoptionTargets(processId: string, input: SetAdoptionTargetsInput, options: ExecutionOptions): Promise<ExecutionResult<ProcessState>>;
  /** The process owner or a member of the governing body sets the days after which each revision
   * applied from then on should be adopted (null: no default). */
  setDefaultAdoptionTarget(processId: string, input: SetDefaultAdoptionTargetInput, options: ExecutionOptions): Promise<ExecutionResult<ProcessState>>;
}

export interface SetDefaultAdoptionTargetInput {
  /** Whole days after a revision is applied, 1 to 3650; null removes the default. */
  daysAfterApplied: number | null;
}

export interface RecordAdoptionInput {
  stakeholder: string;
  revision: number;
  /** YYYY-MM-DD. */
  adoptedOn: string;
}

export interface SetAdoptionTargetsInput {
  revision: number;
  /** Participant → target adoption date (YYYY-MM-DD or an ISO-8601 instant). */
  targets: Record<string, string>;
}
