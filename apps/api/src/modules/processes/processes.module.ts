import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { PROCESS_USE_CASES } from './processes.di-tokens';
import { ImportBpmnHandler } from './commands/import-bpmn/import-bpmn.handler';
import { ImportBpmnHttpController } from './commands/import-bpmn/import-bpmn.http.controller';
import { RegisterProcessHttpController } from './commands/register-process/register-process.http.controller';
import { ExportProcessBpmnHandler } from './queries/export-process-bpmn/export-process-bpmn.query-handler';
import { ExportProcessBpmnHttpController } from './queries/export-process-bpmn/export-process-bpmn.http.controller';
import { GetCatalogueHandler } from './queries/get-catalogue/get-catalogue.query-handler';
import { GetCatalogueHttpController } from './queries/get-catalogue/get-catalogue.http.controller';
import { GetProcessDiffHandler } from './queries/get-process-diff/get-process-diff.query-handler';
import { GetProcessDiffHttpController } from './queries/get-process-diff/get-process-diff.http.controller';
import { GetProcessRevisionHandler } from './queries/get-process-revision/get-process-revision.query-handler';
import { GetProcessRevisionHttpController } from './queries/get-process-revision/get-process-revision.http.controller';
import { GetProcessRevisionsHandler } from './queries/get-process-revisions/get-process-revisions.query-handler';
import { GetProcessRevisionsHttpController } from './queries/get-process-revisions/get-process-revisions.http.controller';
import { GetProcessHandler } from './queries/get-process/get-process.query-handler';
import { GetProcessHttpController } from './queries/get-process/get-process.http.controller';

@Module({
  controllers: [RegisterProcessHttpController, GetCatalogueHttpController, GetProcessDiffHttpController, GetProcessRevisionHttpController, GetProcessRevisionsHttpController, GetProcessHttpController, ExportProcessBpmnHttpController, ImportBpmnHttpController],
  providers: [{ provide: PROCESS_USE_CASES, useExisting: SAMSYN_APPLICATION }, GetCatalogueHandler, GetProcessDiffHandler, GetProcessRevisionHandler, GetProcessRevisionsHandler, GetProcessHandler, ExportProcessBpmnHandler, ImportBpmnHandler],
})
export class ProcessesModule {}
