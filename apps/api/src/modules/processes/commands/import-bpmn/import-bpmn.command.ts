import { Command } from '@nestjs/cqrs';
import type { BpmnImport } from '@samsyn/bpmn';

/** Reads a BPMN document into a definition; appends nothing (the definition is then POSTed or proposed). */
export class ImportBpmnCommand extends Command<BpmnImport> {
  constructor(readonly document: Uint8Array) {
    super();
  }
}
