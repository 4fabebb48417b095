/** The document cannot be read as a process: not XML, not BPMN 2.0, no process or no task in it. */
export class BpmnImportError extends Error {
  readonly code = 'INVALID_BPMN';

  constructor(message: string) {
    super(message);
    this.name = 'BpmnImportError';
  }
}
