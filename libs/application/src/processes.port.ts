import type { ProcessDefinition, ProcessState } from '@samsyn/domain';
import type { ExecutionOptions, ExecutionResult } from './execution';

/** Registering a process with its first revision (apps/api/src/modules/processes); later
 * revisions come only from proposals (proposals/settlement.ts). */
export interface ProcessUseCases {
  registerProcess(input: RegisterProcessInput, options: ExecutionOptions): Promise<ExecutionResult<ProcessState>>;
}

export interface RegisterProcessInput {
  id: string;
  name: string;
  ownerStakeholder: string;
  governingBody: string;
  /** Checked by the domain (shape, bounds, the stakeholders, terms and systems it names). */
  definition: ProcessDefinition;
}
