import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { STAKEHOLDER_USE_CASES } from './stakeholders.di-tokens';
import { RegisterStakeholderHttpController } from './commands/register-stakeholder/register-stakeholder.http.controller';
import { RenameStakeholderHttpController } from './commands/rename-stakeholder/rename-stakeholder.http.controller';
import { RetireStakeholderHttpController } from './commands/retire-stakeholder/retire-stakeholder.http.controller';
import { GetStakeholderHistoryHandler } from './queries/get-stakeholder-history/get-stakeholder-history.query-handler';
import { GetStakeholderHistoryHttpController } from './queries/get-stakeholder-history/get-stakeholder-history.http.controller';
import { ListStakeholdersHandler } from './queries/list-stakeholders/list-stakeholders.query-handler';
import { ListStakeholdersHttpController } from './queries/list-stakeholders/list-stakeholders.http.controller';

import { GetStakeholderHandler } from './queries/get-stakeholder/get-stakeholder.query-handler';
import { GetStakeholderHttpController } from './queries/get-stakeholder/get-stakeholder.http.controller';

@Module({
  controllers: [GetStakeholderHttpController, RegisterStakeholderHttpController, RenameStakeholderHttpController, RetireStakeholderHttpController, GetStakeholderHistoryHttpController, ListStakeholdersHttpController],
  providers: [GetStakeholderHandler, { provide: STAKEHOLDER_USE_CASES, useExisting: SAMSYN_APPLICATION }, GetStakeholderHistoryHandler, ListStakeholdersHandler],
})
export class StakeholdersModule {}
