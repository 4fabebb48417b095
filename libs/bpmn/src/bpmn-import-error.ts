import { refusalMessage, type MessageParams, type RefusalReason } from './import-messages';

export type InvalidBpmnReason = RefusalReason<'INVALID_BPMN'>;

/** The document cannot be read as a process: not XML, not BPMN 2.0, no process or no task in it. */
export class BpmnImportError extends Error {
  readonly code = 'INVALID_BPMN';

  constructor(
    readonly reason: InvalidBpmnReason,
    readonly params: MessageParams = {},
  ) {
    super(refusalMessage('INVALID_BPMN', reason, params));
    this.name = 'BpmnImportError';
  }
}
