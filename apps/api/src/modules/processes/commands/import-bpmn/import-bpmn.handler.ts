import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { BpmnImportError, fromBpmnXml, type BpmnImport } from '@samsyn/bpmn';
import { ApiError } from '../../../../infrastructure/errors/api-error';
import { ImportBpmnCommand } from './import-bpmn.command';

@CommandHandler(ImportBpmnCommand)
export class ImportBpmnHandler implements ICommandHandler<ImportBpmnCommand> {
  async execute(c: ImportBpmnCommand): Promise<BpmnImport> {
    try {
      return await fromBpmnXml(c.xml);
    } catch (e) {
      if (e instanceof BpmnImportError) throw new ApiError(400, e.code, e.message);
      throw e;
    }
  }
}
