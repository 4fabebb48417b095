import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SamsynCommands } from '@samsyn/application/application.port';
import { proposeFromBpmn, type ProposeFromBpmnPorts } from '@samsyn/application/proposals/propose-from-bpmn';
import { importInWorker } from '@samsyn/bpmn';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { ApiError } from '../../../../infrastructure/errors/api-error';
import { READ_MODEL_QUERIES, SAMSYN_COMMANDS } from '../../../../infrastructure/tokens';
import { bpmnRefusal } from '../../../processes/commands/import-bpmn/bpmn-import-errors';
import { ProposeFromBpmnCommand } from './propose-from-bpmn.command';

@CommandHandler(ProposeFromBpmnCommand)
export class ProposeFromBpmnHandler implements ICommandHandler<ProposeFromBpmnCommand> {
  constructor(
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Inject(SAMSYN_COMMANDS) private readonly app: SamsynCommands,
  ) {}

  /**
   * The use case of libs/application (proposeFromBpmn, which `samsyn bpmn propose` runs too), with
   * the import in a worker thread (time and memory limits: no document can stall the server).
   */
  async execute(c: ProposeFromBpmnCommand): Promise<unknown> {
    if (!c.preview && !c.rationale?.trim()) throw new ApiError(400, 'VALIDATION_FAILED', 'rationale (the query parameter) is required to submit a proposal; ?preview=1 needs none');
    const ports: ProposeFromBpmnPorts<unknown> = {
      process: (id) => this.queries.process(id),
      revision: (id, n) => this.queries.revision(id, n),
      stakeholders: () => this.queries.stakeholders(),
      importBpmn: importInWorker,
      submit: (processId, input) => this.app.submitProposal(processId, input, c.options),
    };
    try {
      const { preview, written } = await proposeFromBpmn(ports, c.processId, c.document, c.preview ? { preview: true } : { preview: false, rationale: c.rationale! });
      return c.preview ? preview : written;
    } catch (e) {
      throw bpmnRefusal(e);
    }
  }
}
