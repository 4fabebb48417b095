import { Module } from '@nestjs/common';
import { RegisterProcessHandler } from './commands/register-process/register-process.handler';
import { RegisterProcessHttpController } from './commands/register-process/register-process.http.controller';
import { GetCatalogueHandler } from './queries/get-catalogue/get-catalogue.handler';
import { GetCatalogueHttpController } from './queries/get-catalogue/get-catalogue.http.controller';
import { GetProcessDiffHandler } from './queries/get-process-diff/get-process-diff.handler';
import { GetProcessDiffHttpController } from './queries/get-process-diff/get-process-diff.http.controller';
import { GetProcessRevisionHandler } from './queries/get-process-revision/get-process-revision.handler';
import { GetProcessRevisionHttpController } from './queries/get-process-revision/get-process-revision.http.controller';
import { GetProcessRevisionsHandler } from './queries/get-process-revisions/get-process-revisions.handler';
import { GetProcessRevisionsHttpController } from './queries/get-process-revisions/get-process-revisions.http.controller';
import { GetProcessHandler } from './queries/get-process/get-process.handler';
import { GetProcessHttpController } from './queries/get-process/get-process.http.controller';

@Module({
  controllers: [RegisterProcessHttpController, GetCatalogueHttpController, GetProcessDiffHttpController, GetProcessRevisionHttpController, GetProcessRevisionsHttpController, GetProcessHttpController],
  providers: [RegisterProcessHandler, GetCatalogueHandler, GetProcessDiffHandler, GetProcessRevisionHandler, GetProcessRevisionsHandler, GetProcessHandler],
})
export class ProcessesModule {}
