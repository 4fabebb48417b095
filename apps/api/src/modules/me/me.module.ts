import { Module } from '@nestjs/common';
import { GetMyTasksHandler } from './queries/get-my-tasks/get-my-tasks.handler';
import { GetMyTasksHttpController } from './queries/get-my-tasks/get-my-tasks.http.controller';

/** What concerns the signed-in principal itself ("my work"). */
@Module({
  controllers: [GetMyTasksHttpController],
  providers: [GetMyTasksHandler],
})
export class MeModule {}
