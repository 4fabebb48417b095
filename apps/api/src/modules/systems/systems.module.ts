import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { SYSTEM_USE_CASES } from './systems.di-tokens';
import { RegisterSystemHttpController } from './commands/register-system/register-system.http.controller';
import { RetireSystemHttpController } from './commands/retire-system/retire-system.http.controller';
import { ListSystemsHandler } from './queries/list-systems/list-systems.query-handler';
import { ListSystemsHttpController } from './queries/list-systems/list-systems.http.controller';

import { GetSystemHandler } from './queries/get-system/get-system.query-handler';
import { GetSystemHttpController } from './queries/get-system/get-system.http.controller';

@Module({
  controllers: [GetSystemHttpController, RegisterSystemHttpController, RetireSystemHttpController, ListSystemsHttpController],
  providers: [GetSystemHandler, { provide: SYSTEM_USE_CASES, useExisting: SAMSYN_APPLICATION }, ListSystemsHandler],
})
export class SystemsModule {}
