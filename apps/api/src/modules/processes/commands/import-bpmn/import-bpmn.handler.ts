import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { importInWorker, type BpmnImport } from '@samsyn/bpmn';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { READ_MODEL_QUERIES } from '../../../../infrastructure/tokens';
import { knownStakeholders } from '../../../proposals/commands/propose-from-bpmn/propose-from-bpmn.use-case';
import { bpmnRefusal } from './bpmn-import-errors';
import { ImportBpmnCommand } from './import-bpmn.command';

@CommandHandler(ImportBpmnCommand)
export class ImportBpmnHandler implements ICommandHandler<ImportBpmnCommand> {
  constructor(@Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries) {}

  /** In a worker thread with a time and memory limit: no document can stall the server's other requests. */
  async execute(c: ImportBpmnCommand): Promise<BpmnImport> {
    try {
      // The layout only matters to a proposal made from the diagram (from-bpmn); the answer stays as docs/api.md has it.
      const { layout: _layout, ...imported } = await importInWorker(c.document, { stakeholders: await knownStakeholders(this.queries) });
      return imported;
    } catch (e) {
      throw bpmnRefusal(e);
    }
  }
}
