import { Module } from '@nestjs/common';
import { RegisterStakeholderHandler } from './commands/register-stakeholder/register-stakeholder.handler';
import { RegisterStakeholderHttpController } from './commands/register-stakeholder/register-stakeholder.http.controller';
import { RenameStakeholderHandler } from './commands/rename-stakeholder/rename-stakeholder.handler';
import { RenameStakeholderHttpController } from './commands/rename-stakeholder/rename-stakeholder.http.controller';
import { RetireStakeholderHandler } from './commands/retire-stakeholder/retire-stakeholder.handler';
import { RetireStakeholderHttpController } from './commands/retire-stakeholder/retire-stakeholder.http.controller';
import { GetStakeholderHistoryHandler } from './queries/get-stakeholder-history/get-stakeholder-history.handler';
import { GetStakeholderHistoryHttpController } from './queries/get-stakeholder-history/get-stakeholder-history.http.controller';
import { ListStakeholdersHandler } from './queries/list-stakeholders/list-stakeholders.handler';
import { ListStakeholdersHttpController } from './queries/list-stakeholders/list-stakeholders.http.controller';

@Module({
  controllers: [RegisterStakeholderHttpController, RenameStakeholderHttpController, RetireStakeholderHttpController, GetStakeholderHistoryHttpController, ListStakeholdersHttpController],
  providers: [RegisterStakeholderHandler, RenameStakeholderHandler, RetireStakeholderHandler, GetStakeholderHistoryHandler, ListStakeholdersHandler],
})
export class StakeholdersModule {}
