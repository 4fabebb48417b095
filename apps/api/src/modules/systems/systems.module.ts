import { Module } from '@nestjs/common';
import { RegisterSystemHandler } from './commands/register-system/register-system.handler';
import { RegisterSystemHttpController } from './commands/register-system/register-system.http.controller';
import { RetireSystemHandler } from './commands/retire-system/retire-system.handler';
import { RetireSystemHttpController } from './commands/retire-system/retire-system.http.controller';
import { ListSystemsHandler } from './queries/list-systems/list-systems.handler';
import { ListSystemsHttpController } from './queries/list-systems/list-systems.http.controller';

@Module({
  controllers: [RegisterSystemHttpController, RetireSystemHttpController, ListSystemsHttpController],
  providers: [RegisterSystemHandler, RetireSystemHandler, ListSystemsHandler],
})
export class SystemsModule {}
