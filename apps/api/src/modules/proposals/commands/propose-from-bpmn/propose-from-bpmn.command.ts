import { Command } from '@nestjs/cqrs';
import type { ExecutionOptions } from '@samsyn/application/application.port';

/** A diagram as a change proposal against the head revision: submitted, or (preview) only shown. */
export class ProposeFromBpmnCommand extends Command<unknown> {
  constructor(
    readonly processId: string,
    readonly document: Uint8Array,
    readonly preview: boolean,
    readonly rationale: string | undefined,
    readonly options: ExecutionOptions,
  ) {
    super();
  }
}
