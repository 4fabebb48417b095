import { BpmnImportAbortedError, BpmnImportError, BpmnTooLargeError } from '@samsyn/bpmn';
import { ApiError } from '../../../../infrastructure/errors/api-error';

/** The import's refusals as the API answers them: not BPMN 400; past a limit, or stopped for time or memory, 422. */
export const bpmnRefusal = (e: unknown): unknown => {
  if (e instanceof BpmnImportError) return new ApiError(400, e.code, e.message);
  if (e instanceof BpmnTooLargeError) return new ApiError(422, e.code, e.message, { limit: e.limit, max: e.max });
  if (e instanceof BpmnImportAbortedError) return new ApiError(422, e.code, e.message, { reason: e.reason });
  return e;
};
