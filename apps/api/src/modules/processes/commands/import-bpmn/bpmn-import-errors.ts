import { BpmnNoChangeError } from '../../../proposals/commands/propose-from-bpmn/propose-from-bpmn.use-case';
import { BpmnImportAbortedError, BpmnImportError, BpmnTooLargeError } from '@samsyn/bpmn';
import { ApiError } from '../../../../infrastructure/errors/api-error';

/**
 * The import's refusals as the API answers them: not BPMN 400; past a limit, or stopped for time
 * or memory, 422; a diagram that changes nothing, 422. `details.reason` and `details.params` say why, for a client to translate
 * (docs/bpmn.md); `limit`/`max` of BPMN_TOO_LARGE stay as they were.
 */
export const bpmnRefusal = (e: unknown): unknown => {
  if (e instanceof BpmnImportError) return new ApiError(400, e.code, e.message, { reason: e.reason, params: e.params });
  if (e instanceof BpmnTooLargeError) return new ApiError(422, e.code, e.message, { reason: e.reason, params: e.params, limit: e.limit, max: e.max });
  if (e instanceof BpmnImportAbortedError) return new ApiError(422, e.code, e.message, { reason: e.reason, params: e.params });
  if (e instanceof BpmnNoChangeError) return new ApiError(422, e.code, e.message);
  return e;
};
